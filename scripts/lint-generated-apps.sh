#!/usr/bin/env bash
# Writes the templates of 20 seeded generated apps (Tests/StackgenGeneratedAppsTests) to a
# scratch folder and runs the pinned cfn-lint on them (scripts/cfn-lint-errors.sh: errors
# fail, warnings are printed). Needs the judges installed (scripts/install-judges.sh).
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

scripts/cfn-lint-errors.sh "${#apps[@]} generated apps" "${templates[@]}"
