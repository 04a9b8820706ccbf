#!/usr/bin/env bash
# Times `stackgen deploy` against a moto server on 127.0.0.1: the app's waves (default
# concurrency) against one by one (--concurrency 1), each from empty (destroyed between
# runs), and stackgen's own overhead: with one step at a time the wall time minus the time
# spent inside AWS CLI processes (the deploy's closing line reports both). Every stack is
# deployed, with what moto cannot host removed by the aws shim (see moto-deploy.sh). Usage: moto-bench.sh STACKGEN [APP]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
stackgen=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
app=${2:-ai-bartender}
port=${MOTO_PORT:-5767}
scratch=$(mktemp -d -t stackgen-moto.XXXXXX)
source scripts/moto-server.sh
trap 'kill "${moto_server_pid:-}" 2>/dev/null || true; rm -rf "$scratch"' EXIT
start_moto_server "$port" "$scratch/moto.log"
export AWS_ENDPOINT_URL="http://127.0.0.1:$port" AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=us-east-1
export AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null AWS_EC2_METADATA_DISABLED=true
export STACKGEN_REAL_AWS="$root/.venv/bin/aws" STACKGEN_SHIM_LOG="$scratch/shim.log" STACKGEN_SHIM_CHANGES="$scratch/shim-changes.jsonl" STACKGEN_SHIM_TEMPLATES="$scratch" STACKGEN_POLL_SECONDS=0.5
export PATH="$root/scripts/moto-shim:$root/.venv/bin:$PATH"
helper() { "$root/.venv/bin/python" "$root/scripts/moto_deploy.py" "$@"; }
cd "$scratch"
"$stackgen" synth --app "$app" --out out >/dev/null 2>&1
helper prepare out >/dev/null
mapfile -t parameters < <(helper parameters out)
"$stackgen" bootstrap --app "$app" >/dev/null
for concurrency in 8 1; do
  start=$(date +%s.%N)
  "$stackgen" deploy --app "$app" --out out --concurrency "$concurrency" "${parameters[@]}" >deploy.out
  end=$(date +%s.%N)
  echo "concurrency $concurrency: $("$root/.venv/bin/python" -c "print(round($end - $start, 1))") s wall; $(tail -1 deploy.out)"
  "$stackgen" destroy --app "$app" --out out >/dev/null
done
