#!/usr/bin/env bash
# The phased rollout against moto, with CloudFormation's export-in-use rule enforced by
# scripts/rollout-shim/aws (moto does not enforce it). Deploys version 1 of the
# rollout-demo app, then version 2 twice from the same start:
#   - naively, in version 2's own plan order: must break the rule;
#   - as stackgen's phased rollout: must not, and must end with every deployed template
#     equal to version 2's synth and the removed stack gone.
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

# Runs a plan folder's steps in plan order through the AWS CLI (so the shim sees every
# call): stacks with create-stack/update-stack (moto's change sets register no exports),
# parameters from the producers' outputs as the plan says; script steps (the rollout's
# deletions) run their own command.
run_plan() {
  "$repo/.venv/bin/python" - "$1" <<'PY'
import json, os, subprocess, sys
folder = sys.argv[1]
plan = json.load(open(os.path.join(folder, "plan.json")))

def aws(*args):
    return subprocess.run(["aws", *args], capture_output=True, text=True)

for step in plan["steps"]:
    name = step["name"]
    if step["kind"] == "script":
        ok = subprocess.call(["bash", "-c", step["command"]], stdout=subprocess.DEVNULL) == 0
    else:
        region = step["region"]
        parameters = []
        for parameter in step["parameters"]:
            source = parameter["from"]
            if source:
                value = aws("cloudformation", "describe-stacks", "--stack-name", source["stack"], "--region", source["region"],
                            "--query", f"Stacks[0].Outputs[?OutputKey=='{source['output']}'].OutputValue", "--output", "text").stdout.strip()
                parameters.append(f"ParameterKey={parameter['name']},ParameterValue={value}")
        exists = aws("cloudformation", "describe-stacks", "--stack-name", name, "--region", region).returncode == 0
        command = ["cloudformation", "update-stack" if exists else "create-stack", "--stack-name", name, "--region", region,
                   "--template-body", "file://" + os.path.join(folder, step["template"])]
        if step["capabilities"]:
            command += ["--capabilities", *step["capabilities"]]
        if parameters:
            command += ["--parameters", *parameters]
        result = aws(*command)
        ok = result.returncode == 0 or "No updates are to be performed" in result.stderr
        if not ok:
            sys.stderr.write(result.stderr)
    print(f"  {name}: {'ok' if ok else 'FAILED'}", flush=True)
    if not ok:
        sys.exit(1)
PY
}

deploy_version1() {
  "$stackgen" synth --app rollout-demo-v1 --out v1 >/dev/null
  run_plan v1
}

violations() { [ -f "$ROLLOUT_VIOLATIONS" ] && wc -l <"$ROLLOUT_VIOLATIONS" | tr -d ' ' || echo 0; }

echo "== version 1"
deploy_version1

echo "== version 2 in its own plan order (no --against): must break the in-use rule"
"$stackgen" synth --app rollout-demo-v2 --out naive >/dev/null
if run_plan naive; then echo "the naive order did not fail" >&2; exit 1; fi
[ "$(violations)" -gt 0 ] || { echo "the naive order failed without breaking the in-use rule" >&2; exit 1; }
sed 's/^/  violation: /' "$ROLLOUT_VIOLATIONS"

echo "== again from version 1, as the phased rollout"
.venv/bin/python -c "import urllib.request; urllib.request.urlopen(urllib.request.Request('$AWS_ENDPOINT_URL/moto-api/reset', method='POST'))" 2>/dev/null \
  || "$repo/.venv/bin/python" -c "import urllib.request; urllib.request.urlopen(urllib.request.Request('$AWS_ENDPOINT_URL/moto-api/reset', method='POST'))"
rm -f "$ROLLOUT_VIOLATIONS"
deploy_version1
# The baseline is what moto holds now; v1/ (the previous synth) names the stacks to read.
"$stackgen" synth --app rollout-demo-v2 --out v1 --against deployed
for phase in v1/rollout/phase-*; do
  [ -f "$phase/plan.json" ] || continue
  echo " $(basename "$phase")"
  run_plan "$phase"
done
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
