#!/usr/bin/env bash
# Runs the pinned cfn-lint on the templates given as arguments and fails only on errors:
# warnings are printed but allowed. $1 says what is linted, for the summary lines.
set -euo pipefail
cd "$(dirname "$0")/.."
what=$1
shift
echo "cfn-lint $(.venv/bin/cfn-lint --version | awk '{print $2}') on $# templates of $what"
# cfn-lint's exit code is a bit mask: 2 = errors, 4 = warnings, 8 = informational.
set +e
.venv/bin/cfn-lint --format parseable -- "$@"
status=$?
set -e
if [ $((status & 2)) -ne 0 ] || [ $((status & 1)) -ne 0 ]; then
  echo "cfn-lint found errors in $what" >&2
  exit 1
fi
echo "cfn-lint: no errors in $what"
