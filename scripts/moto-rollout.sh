#!/usr/bin/env bash
# The phased rollout against moto, run by `stackgen deploy --against deployed`, with
# CloudFormation's export-in-use rule enforced by scripts/rollout-shim/aws (moto does not
# enforce it; the shim checks every create, update and delete stackgen makes). Deploys
# version 1 of the rollout-demo app with `stackgen deploy`, then version 2 twice from the
# same start:
#   - `stackgen deploy` of version 2 alone, in its own plan order: must break the rule;
#   - `stackgen deploy --against deployed`: must not, and must end with every deployed
#     template equal to version 2's synth and the removed stack gone.
# Expects the stackgen binary as $1 (built already).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
stackgen=$(cd "$(dirname "${1:-.build/debug/stackgen}")" && pwd)/$(basename "${1:-.build/debug/stackgen}")
port=${MOTO_PORT:-5758}
scratch=$(mktemp -d)

source scripts/moto-server.sh
trap 'kill "${moto_server_pid:-}" 2>/dev/null || true; [ -n "${ROLLOUT_KEEP:-}" ] || rm -rf "$scratch"' EXIT
start_moto_server "$port" "$scratch/moto.log"

export AWS_ENDPOINT_URL="http://127.0.0.1:$port" AWS_ACCESS_KEY_ID=testing AWS_SECRET_ACCESS_KEY=testing
export AWS_DEFAULT_REGION=eu-west-1 AWS_PAGER="" ROLLOUT_VIOLATIONS="$scratch/violations.jsonl"
export PATH="$repo/scripts/rollout-shim:$repo/.venv/bin:$PATH"
command -v aws >/dev/null || { echo "moto-rollout: no AWS CLI on PATH (scripts/install-judges.sh pins one in .venv)" >&2; exit 1; }
cd "$scratch"

# moto settles every operation at once: no need to wait between polls.
export STACKGEN_POLL_SECONDS=0.1

violations() { [ -f "$ROLLOUT_VIOLATIONS" ] && wc -l <"$ROLLOUT_VIOLATIONS" | tr -d ' ' || echo 0; }

# Runs stackgen, its output indented; keeps the exit code.
run() {
  local status=0
  "$stackgen" "$@" >"$scratch/run.log" 2>&1 || status=$?
  sed 's/^/  /' "$scratch/run.log"
  return "$status"
}

reset_moto() {
  "$repo/.venv/bin/python" -c "import urllib.request; urllib.request.urlopen(urllib.request.Request('$AWS_ENDPOINT_URL/moto-api/reset', method='POST'))"
  rm -f "$ROLLOUT_VIOLATIONS"
}

echo "== version 1 (stackgen deploy)"
run deploy --app rollout-demo-v1 --out naive

echo "== version 2 in its own plan order (stackgen deploy, no --against): must break the in-use rule"
if run deploy --app rollout-demo-v2 --out naive; then echo "the naive order did not fail" >&2; exit 1; fi
[ "$(violations)" -gt 0 ] || { echo "the naive order failed without breaking the in-use rule" >&2; exit 1; }
sed 's/^/  violation: /' "$ROLLOUT_VIOLATIONS"

echo "== again from version 1, rolled out by stackgen deploy --against deployed"
reset_moto
run deploy --app rollout-demo-v1 --out v1
# The baseline is what moto holds now; v1/ (the previous synth) names the stack v2 removes.
run deploy --app rollout-demo-v2 --out v1 --against deployed
grep -q "^Rolled out 'rollout-demo-v2' against deployed: .* in 3 of 3 phases" "$scratch/run.log" \
  || { echo "the rollout did not run three phases" >&2; exit 1; }
[ "$(violations)" -eq 0 ] || { cat "$ROLLOUT_VIOLATIONS" >&2; echo "the phased rollout broke the in-use rule" >&2; exit 1; }

echo "== deployed templates equal version 2's synth; the removed stack is gone"
"$repo/.venv/bin/python" - v1 <<'PY'
import json, os, sys, boto3
folder = sys.argv[1]
client = boto3.client("cloudformation", endpoint_url=os.environ["AWS_ENDPOINT_URL"])
plan = json.load(open(f"{folder}/plan.json"))
wanted = {s["name"] for s in plan["steps"] if s["kind"] == "stack"}
live = {s["StackName"] for s in client.describe_stacks()["Stacks"] if s["StackStatus"] != "DELETE_COMPLETE"}
if live != wanted:
    sys.exit(f"deployed stacks {sorted(live)} are not version 2's {sorted(wanted)}")
for step in plan["steps"]:
    if step["kind"] != "stack":
        continue
    body = client.get_template(StackName=step["name"])["TemplateBody"]
    deployed = json.loads(body) if isinstance(body, str) else body
    if deployed != json.load(open(f"{folder}/{step['template']}")):
        sys.exit(f"deployed template of {step['name']} differs from version 2's synth")
    print(f"  {step['name']}: deployed template = synth")
PY
echo "rollout proof: ok"
