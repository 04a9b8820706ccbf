#!/usr/bin/env bash
# Deploys apps with `stackgen deploy` to a moto server on 127.0.0.1, then destroys them.
# For each app: synthesize, put placeholder code where the app's code is not in this
# repository (said per asset), `stackgen bootstrap`, `stackgen deploy`, check that every
# stack completed and every import found its export (and list the resource types moto
# removed, and why), `stackgen destroy`, check that nothing is left. Every stack of every app
# deploys: the shim removes from the templates moto receives exactly the resources moto
# cannot host (scripts/moto_unhosted.py), each logged with its type and moto's error. Then the failure drill: a
# wave-2 stack fails, the run stops with exit 1 and its reason, wave 3 never starts, and
# `--resume` after the fix (the missing value given) finishes; and destroy refuses while an
# outside stack imports. (moto rejects a failing create synchronously and keeps a record it
# can neither describe nor delete, so the drill's failure is one stackgen finds itself.)
#
# moto cannot run the SAM transform, cannot host every type and has no ListImports: an `aws`
# shim first on PATH (scripts/moto-shim/aws, this harness only) translates SAM templates with
# the pinned aws-sam-translator, removes what moto cannot host, and answers list-imports from
# moto's templates; it logs each time.
# Expects the stackgen binary as $1; MOTO_APPS picks apps (default: every registered app).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
stackgen=$(cd "$(dirname "${1:-.build/debug/stackgen}")" && pwd)/$(basename "${1:-.build/debug/stackgen}")
apps=${MOTO_APPS-$(scripts/app-names.sh "$stackgen" | grep -v '^deploy-drill$')}
port=${MOTO_PORT:-5757}
scratch=$(mktemp -d -t stackgen-moto.XXXXXX)

source scripts/moto-server.sh
trap 'kill "${moto_server_pid:-}" 2>/dev/null || true; rm -rf "$scratch"' EXIT
start_moto_server "$port" "$scratch/moto.log"

export AWS_ENDPOINT_URL="http://127.0.0.1:$port" AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=us-east-1
export AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null AWS_EC2_METADATA_DISABLED=true
export STACKGEN_REAL_AWS="$root/.venv/bin/aws" STACKGEN_SHIM_LOG="$scratch/shim.log" STACKGEN_SHIM_CHANGES="$scratch/shim-changes.jsonl" STACKGEN_SHIM_TEMPLATES="$scratch" STACKGEN_POLL_SECONDS=0.5
export PATH="$root/scripts/moto-shim:$root/.venv/bin:$PATH"
unset AWS_PROFILE
helper() { "$root/.venv/bin/python" "$root/scripts/moto_deploy.py" "$@"; }
: >"$STACKGEN_SHIM_LOG"

for app in $apps; do
  echo "== moto: $app"
  work="$scratch/$app"
  mkdir -p "$work" && cd "$work"
  # Apps whose code is in this repository find it where their source root says.
  ln -s "$root/Examples" Examples
  "$stackgen" synth --app "$app" --out out >/dev/null 2>&1
  helper prepare out
  mapfile -t parameters < <(helper parameters out)
  "$stackgen" bootstrap --app "$app"
  "$stackgen" deploy --app "$app" --out out "${parameters[@]}"
  helper check out
  if ! "$stackgen" destroy --app "$app" --out out; then
    # moto deletes a stack's resources in no dependency order (a VPC before its subnets:
    # DependencyViolation) and drops the stack record anyway; the run says so and destroys
    # again, which must then find nothing left to fail on.
    echo "moto: destroy of $app failed inside moto (resources deleted out of dependency order); destroying again"
    "$stackgen" destroy --app "$app" --out out
  fi
  helper gone out
  cd "$root"
done

echo "== moto: failure drill (deploy-drill)"
work="$scratch/deploy-drill" && mkdir -p "$work" && cd "$work"
ln -s "$root/Examples" Examples
"$stackgen" bootstrap --app deploy-drill
set +e
"$stackgen" deploy --app deploy-drill --out out --concurrency 1 >drill.out 2>drill.err
status=$?
set -e
cat drill.out drill.err
[ "$status" = 1 ] || { echo "error: the drill deploy exited $status, not 1"; exit 1; }
grep -q "FAILED drill-worker" drill.out || { echo "error: the wave-2 stack did not fail"; exit 1; }
grep -q "parameter 'ReleaseTag' has no value" drill.err || { echo "error: the failure does not name its reason"; exit 1; }
if grep -q "start drill-settings" drill.out; then echo "error: wave 3 started after the failure"; exit 1; fi
"$stackgen" deploy --app deploy-drill --out out --resume --parameter ReleaseTag=drill-1 | tee resume.out
if grep -q "start drill-queue" resume.out; then echo "error: --resume redeployed a finished stack"; exit 1; fi
grep -q "done  drill-settings" resume.out || { echo "error: --resume did not finish the job"; exit 1; }
helper check out
outsider='{"Resources": {"Copy": {"Type": "AWS::SSM::Parameter", "Properties": {"Name": "/outsider/queue", "Type": "String", "Value": {"Fn::ImportValue": "drill-queue:WorkQueueArn"}}}}}'
helper stack drill-outsider eu-west-1 "$outsider"
set +e
"$stackgen" destroy --app deploy-drill --out out 2>refuse.err
status=$?
set -e
cat refuse.err
[ "$status" = 1 ] && grep -q "'drill-outsider'" refuse.err || { echo "error: destroy did not refuse while an outside stack imports"; exit 1; }
helper delete drill-outsider eu-west-1
"$stackgen" destroy --app deploy-drill --out out
helper gone out
cd "$root"

echo "== what the aws shim did (harness only)"
sort "$STACKGEN_SHIM_LOG" | uniq -c | sed 's/^ *//'
