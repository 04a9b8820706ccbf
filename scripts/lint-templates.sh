#!/usr/bin/env bash
# Synthesizes every registered app into a scratch folder and runs the pinned cfn-lint on
# every template, plus the checked-in golden templates. Any cfn-lint error fails;
# warnings are printed but allowed. Expects the stackgen binary as $1 (built already).
set -euo pipefail
shopt -s nullglob
cd "$(dirname "$0")/.."
stackgen=${1:-.build/debug/stackgen}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

apps=$(scripts/app-names.sh "$stackgen")
templates=()
for app in $apps; do
  "$stackgen" synth --app "$app" --out "$scratch/$app" >/dev/null
  templates+=("$scratch/$app"/*.template.json)
done
while IFS= read -r -d '' golden; do templates+=("$golden"); done < <(find Tests -path '*Golden*' -name '*.template.json' -print0 | sort -z)

scripts/cfn-lint-errors.sh "every app and golden" "${templates[@]}"
