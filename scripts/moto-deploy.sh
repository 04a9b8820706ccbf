#!/usr/bin/env bash
# Deploys apps to a moto server on 127.0.0.1 in plan order, reading plan.json as a CI
# script would: exports must exist when a later wave imports them, and values across
# regions are passed as the plan says. Only apps whose resource types moto models are
# deployed (moto ignores or rejects the rest). Expects the stackgen binary as $1.
set -euo pipefail
cd "$(dirname "$0")/.."
stackgen=${1:-.build/debug/stackgen}
apps=${MOTO_APPS:-starter}
port=${MOTO_PORT:-5757}
scratch=$(mktemp -d)

.venv/bin/moto_server -H 127.0.0.1 -p "$port" >"$scratch/moto.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; rm -rf "$scratch"' EXIT
for _ in $(seq 1 50); do
  if .venv/bin/python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/moto-api/')" 2>/dev/null; then break; fi
  sleep 0.2
done

for app in $apps; do
  "$stackgen" synth --app "$app" --out "$scratch/$app" >/dev/null
  echo "moto: $app"
  .venv/bin/python scripts/moto_deploy.py "http://127.0.0.1:$port" "$scratch/$app"
done
