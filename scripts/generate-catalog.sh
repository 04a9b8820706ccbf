#!/usr/bin/env bash
# Regenerates the typed resource catalog (Sources/Catalog/<Service>/+Generated.swift, one
# target per service, and their list in Package.swift)
# and the facts table (Sources/StackgenFacts/+Generated.swift) from the CloudFormation
# registry schemas bundled with cfn-lint and SAM's policy templates from
# aws-sam-translator, both pinned below.
# Uses .venv (created when missing); STACKGEN_VENV overrides its location.
set -euo pipefail

CFN_LINT_VERSION="1.58.0"
SAM_TRANSLATOR_VERSION="1.115.0"
root="$(cd "$(dirname "$0")/.." && pwd)"
venv="${STACKGEN_VENV:-$root/.venv}"
scratch="${STACKGEN_CATALOG_SCRATCH:-$root/.build-catalog}"

if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
installed="$("$venv/bin/python" -c 'import importlib.metadata as m; print(m.version("cfn-lint"), m.version("aws-sam-translator"))' 2>/dev/null || true)"
if [ "$installed" != "$CFN_LINT_VERSION $SAM_TRANSLATOR_VERSION" ]; then
    "$venv/bin/pip" install --quiet "cfn-lint==$CFN_LINT_VERSION" "aws-sam-translator==$SAM_TRANSLATOR_VERSION"
fi
schemas="$("$venv/bin/python" -c 'import cfnlint, os; print(os.path.join(os.path.dirname(cfnlint.__file__), "data", "schemas"))')"
templates="$("$venv/bin/python" -c 'import samtranslator, os; print(os.path.join(os.path.dirname(samtranslator.__file__), "policy_templates_data", "policy_templates.json"))')"

# cfn-lint keeps two GetAtt lists in Python, not beside its schemas: copy them out.
mkdir -p "$scratch"
getatts="$scratch/cfn-lint-getatts.json"
"$venv/bin/python" - "$getatts" <<'PY'
import json, sys
from cfnlint.schema import _getatts
with open(sys.argv[1], "w") as out:
    json.dump({"allPropertyTypes": sorted(_getatts._all_property_types),
               "exceptions": _getatts._exceptions}, out, sort_keys=True, indent=1)
PY

cd "$root"
swift build --scratch-path "$scratch" --product stackgen-catalog-gen
"$scratch/debug/stackgen-catalog-gen" "$schemas" "$templates" "$getatts" "$root"
