#!/usr/bin/env bash
# Prints the name of every app the stackgen binary ($1) registers, one a line.
set -euo pipefail
cd "$(dirname "$0")/.."
"$1" list --format json | .venv/bin/python -c 'import json, sys; print("\n".join(a["name"] for a in json.load(sys.stdin)["apps"]))'
