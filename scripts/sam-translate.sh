#!/usr/bin/env bash
# Synthesizes every registered app into a scratch folder and transforms every SAM template
# (Transform AWS::Serverless-2016-10-31) offline with the pinned aws-sam-translator, the
# way CloudFormation would at deploy time: region set from the stack's plan step, no AWS
# credentials, IAM not called (managed policy names come from a fixed map). Any template
# the translator rejects fails the run. Expects the stackgen binary as $1 (built already).
set -euo pipefail
cd "$(dirname "$0")/.."
stackgen=${1:-.build/debug/stackgen}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

apps=$(scripts/app-names.sh "$stackgen")
folders=()
for app in $apps; do
  if ! "$stackgen" synth --app "$app" --out "$scratch/$app" >/dev/null 2>"$scratch/$app.log"; then
    cat "$scratch/$app.log" >&2
    exit 1
  fi
  folders+=("$scratch/$app")
done

# Offline: no credentials, no instance metadata lookups.
env -u AWS_PROFILE -u AWS_ACCESS_KEY_ID -u AWS_SECRET_ACCESS_KEY -u AWS_SESSION_TOKEN \
  AWS_EC2_METADATA_DISABLED=true AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null \
  .venv/bin/python scripts/sam_translate.py "${folders[@]}"
