#!/usr/bin/env bash
# Writes the templates of 20 seeded generated apps (Tests/StackgenGeneratedAppsTests) to a
# scratch folder and runs the pinned cfn-lint on them: any error fails, warnings are
# printed but allowed. Needs the judges installed (scripts/install-judges.sh).
set -euo pipefail
shopt -s nullglob
cd "$(dirname "$0")/.."
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

STACKGEN_GENERATED_APPS_OUT="$scratch" swift test --filter GeneratedAppsSample >/dev/null
templates=("$scratch"/*/*.template.json)
apps=("$scratch"/*/)
if [ "${#apps[@]}" -ne 20 ]; then
  echo "expected 20 generated apps, found ${#apps[@]}" >&2
  exit 1
fi

echo "cfn-lint $(.venv/bin/cfn-lint --version | awk '{print $2}') on ${#templates[@]} templates of ${#apps[@]} generated apps"
# cfn-lint's exit code is a bit mask: 2 = errors, 4 = warnings, 8 = informational.
set +e
.venv/bin/cfn-lint --format parseable -- "${templates[@]}"
status=$?
set -e
if [ $((status & 2)) -ne 0 ] || [ $((status & 1)) -ne 0 ]; then
  echo "cfn-lint found errors in generated apps" >&2
  exit 1
fi
echo "cfn-lint: no errors in generated apps"
