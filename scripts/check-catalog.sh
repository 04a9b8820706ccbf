#!/usr/bin/env bash
# CI check: regenerating the catalog must not change the committed files.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/generate-catalog.sh"
cd "$root"
generated=(Sources/Catalog Sources/StackgenFacts Sources/StackgenPropertyTable Sources/StackgenCore/Model/Region+Generated.swift Package.swift README.md)
untracked="$(git ls-files --others --exclude-standard -- "${generated[@]}")"
if [ -n "$untracked" ]; then
    echo "error: regeneration produced files that are not committed:" >&2
    echo "$untracked" >&2
    exit 1
fi
if ! git diff --exit-code --stat -- "${generated[@]}"; then
    echo "error: the committed catalog differs from what the generator produces;" >&2
    echo "hint: run scripts/generate-catalog.sh and commit the result" >&2
    exit 1
fi
echo "catalog is up to date"
