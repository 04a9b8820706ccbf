#!/usr/bin/env bash
# Installs the outside judges at the versions the project pins, in .venv beside the
# package, so a fresh machine and CI check with exactly these versions.
set -euo pipefail
cd "$(dirname "$0")/.."

CFN_LINT_VERSION=1.58.0
SAM_TRANSLATOR_VERSION=1.115.0
MOTO_VERSION=5.2.1
# Reads back the SARIF that `validate`/`check --format sarif` write (Tests/StackgenAdoptTests).
SARIF_TOOLS_VERSION=3.0.5

if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
want="cfn-lint==$CFN_LINT_VERSION aws-sam-translator==$SAM_TRANSLATOR_VERSION moto[server]==$MOTO_VERSION sarif-tools==$SARIF_TOOLS_VERSION"
have=$(.venv/bin/pip freeze 2>/dev/null | grep -iE '^(cfn-lint|aws-sam-translator|moto|sarif-tools)==' | sort | tr '\n' ' ' || true)
if [ "$have" != "aws-sam-translator==$SAM_TRANSLATOR_VERSION cfn-lint==$CFN_LINT_VERSION moto==$MOTO_VERSION sarif-tools==$SARIF_TOOLS_VERSION " ]; then
  .venv/bin/pip install --quiet --disable-pip-version-check $want
fi
.venv/bin/cfn-lint --version
