"""Helpers for scripts/moto-deploy.sh, which deploys apps with `stackgen deploy` to moto.

Usage:
  moto_deploy.py prepare OUTPUT_FOLDER      placeholder code for assets and scripts the repository lacks
  moto_deploy.py parameters OUTPUT_FOLDER   `--parameter Name=value` for the plan's required parameters
  moto_deploy.py check OUTPUT_FOLDER        every stack complete, every import found its export,
                                            and per type what the aws shim removed or rewrote and why
  moto_deploy.py gone OUTPUT_FOLDER         no stack of the app is left
  moto_deploy.py stack NAME REGION BODY     create a stack outside the app (drill prerequisite, outsider)
  moto_deploy.py delete NAME REGION         delete a stack outside the app
"""

import json
import os
import re
import sys
import zipfile

import boto3

PLACEHOLDER = "def handler(event, context):\n    return {'statusCode': 200, 'body': 'placeholder'}\n"


def plan_of(folder):
    with open(os.path.join(folder, "plan.json")) as handle:
        return json.load(handle)


def client(region, service="cloudformation"):
    return boto3.client(service, region_name=region)


def prepare(folder):
    plan = plan_of(folder)
    for asset in plan["assets"]:
        if asset["hash"] is not None:
            continue
        path = os.path.normpath(os.path.join(folder, asset["path"]))
        where = f"{asset['stack']}/{asset['resource']} {asset['property']}"
        if path.endswith(".zip"):
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with zipfile.ZipFile(path, "w") as archive:
                archive.writestr("index.py", PLACEHOLDER)
        elif asset["path"].endswith("/") or "." not in os.path.basename(path):
            os.makedirs(path, exist_ok=True)
            with open(os.path.join(path, "index.py"), "w") as handle:
                handle.write(PLACEHOLDER)
        else:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w") as handle:
                handle.write("placeholder\n")
        print(f"placeholder code: {asset['path']} ({where}): the app's code is not in this repository")
    root = os.path.normpath(os.path.join(folder, plan["sourceRoot"]))
    for step in plan["steps"]:
        if step["kind"] != "script":
            continue
        command = step["command"]
        directory = re.search(r"\bcd\s+(\S+)", command)
        program = re.search(r"(\S+\.(?:py|sh))\b", command)
        if not program:
            continue
        base = os.path.join(root, directory.group(1)) if directory else root
        path = os.path.normpath(os.path.join(base, program.group(1)))
        if os.path.exists(path):
            continue
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as handle:
            if path.endswith(".py"):
                handle.write(f"print('placeholder for {step['name']}: the app script is not in this repository')\n")
            else:
                handle.write(f"#!/bin/sh\necho 'placeholder for {step['name']}: the app script is not in this repository'\n")
        os.chmod(path, 0o755)
        print(f"placeholder script: {os.path.relpath(path, root)} for step {step['name']}: the app's script is not in this repository")


def parameters(folder):
    """`--parameter Name=value` for each required parameter: a placeholder value, except a
    hosted zone id (a parameter the templates pass as `HostedZoneId`): moto checks that the
    zone exists, so the harness creates one (`moto.test.`) and passes its id."""
    plan = plan_of(folder)
    zone_parameters = set()
    for step in plan["steps"]:
        if step["kind"] == "stack":
            with open(os.path.join(folder, step["template"])) as handle:
                template = json.load(handle)
            zone_parameters |= zone_ids(template.get("Resources", {}))
    zone = None
    for step in plan["steps"]:
        for parameter in step["parameters"]:
            if not parameter["required"]:
                continue
            value = f"moto-{parameter['name'].lower()}"
            if parameter["name"] in zone_parameters:
                zone = zone or hosted_zone()
                value = zone
            print(f"--parameter\n{parameter['name']}={value}")


def zone_ids(node):
    """Names of parameters passed as `HostedZoneId` somewhere in the value."""
    found = set()
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "HostedZoneId" and isinstance(value, dict) and isinstance(value.get("Ref"), str):
                found.add(value["Ref"])
            found |= zone_ids(value)
    elif isinstance(node, list):
        for item in node:
            found |= zone_ids(item)
    return found


def hosted_zone():
    route53 = boto3.client("route53", region_name="us-east-1")
    zones = [zone for zone in route53.list_hosted_zones()["HostedZones"] if zone["Name"] == "moto.test."]
    zone = zones[0] if zones else route53.create_hosted_zone(Name="moto.test.", CallerReference="stackgen-moto")["HostedZone"]
    zone_id = zone["Id"].split("/")[-1]
    print(f"hosted zone for the harness: moto.test. ({zone_id}), passed for each HostedZoneId parameter", file=sys.stderr)
    return zone_id


def imports(node):
    if isinstance(node, dict):
        found = {node["Fn::ImportValue"]} if isinstance(node.get("Fn::ImportValue"), str) else set()
        for value in node.values():
            found |= imports(value)
        return found
    if isinstance(node, list):
        return set().union(*(imports(item) for item in node)) if node else set()
    return set()


def stack_steps(plan):
    return [step for step in plan["steps"] if step["kind"] == "stack"]


def changes_of(plan):
    """What the aws shim changed in this app's templates so moto can host them
    ($STACKGEN_SHIM_CHANGES, one JSON line per change), latest template of each stack only."""
    path = os.environ.get("STACKGEN_SHIM_CHANGES")
    if not path or not os.path.exists(path):
        return []
    names = {(step["name"], step["region"]) for step in stack_steps(plan)}
    latest = {}
    with open(path) as handle:
        for line in handle:
            change = json.loads(line)
            if (change["stack"], change["region"]) in names:
                latest.setdefault((change["stack"], change["region"]), {})[change["resource"], change["action"]] = change
    return [change for stack in sorted(latest) for _, change in sorted(latest[stack].items())]


def check(folder):
    plan = plan_of(folder)
    problems, skipped, checked_imports = [], {}, 0
    for step in stack_steps(plan):
        cloudformation = client(step["region"])
        stack = cloudformation.describe_stacks(StackName=step["name"])["Stacks"][0]
        if stack["StackStatus"] not in ("CREATE_COMPLETE", "UPDATE_COMPLETE"):
            problems.append(f"{step['name']}: {stack['StackStatus']}")
        body = cloudformation.get_template(StackName=step["name"])["TemplateBody"]
        template = json.loads(body) if isinstance(body, str) else body
        exports = {e["Name"] for page in cloudformation.get_paginator("list_exports").paginate() for e in page["Exports"]}
        for name in sorted(imports(template)):
            checked_imports += 1
            if name not in exports:
                problems.append(f"{step['name']}: import '{name}' has no export")
        # moto lists a resource it skipped without its logical id.
        present = {r.get("LogicalResourceId") for r in cloudformation.describe_stack_resources(StackName=step["name"])["StackResources"]}
        for logical_id, resource in template.get("Resources", {}).items():
            if logical_id not in present and "Condition" not in resource:
                skipped.setdefault(resource["Type"], []).append(f"{step['name']}.{logical_id}")
    stacks = len(stack_steps(plan))
    for resource_type in sorted(skipped):
        problems.append(f"moto skipped {resource_type} without an error ({', '.join(skipped[resource_type])}), and the shim did not remove it")
    print(f"check: all {stacks} stacks complete, {checked_imports} imports found their exports" if not problems else "check: FAILED")
    by_type = {}
    for change in changes_of(plan):
        by_type.setdefault((change["type"], change["action"].split(" set to ")[0], change["reason"]), []).append(f"{change['stack']}.{change['resource']}")
    for (resource_type, action, reason), where in sorted(by_type.items()):
        what = "moto cannot host" if action == "removed" else "moto mis-handles"
        print(f"{what}: {resource_type} x{len(where)}: {action} ({', '.join(where)}): {reason}")
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    return 1 if problems else 0


def gone(folder):
    left = []
    for step in plan_of(folder)["steps"]:
        if step["kind"] != "stack":
            continue
        try:
            status = client(step["region"]).describe_stacks(StackName=step["name"])["Stacks"][0]["StackStatus"]
        except client(step["region"]).exceptions.ClientError:
            continue
        if status != "DELETE_COMPLETE":
            left.append(f"{step['name']} ({status})")
    print("gone: nothing of the app is left" if not left else f"error: left behind: {', '.join(left)}")
    return 1 if left else 0


def stack(name, region, body):
    cloudformation = client(region)
    cloudformation.create_stack(StackName=name, TemplateBody=body)
    print(f"outside the app: {name} ({region}) {cloudformation.describe_stacks(StackName=name)['Stacks'][0]['StackStatus']}")


def delete(name, region):
    client(region).delete_stack(StackName=name)
    print(f"outside the app: {name} ({region}) deleted")


if __name__ == "__main__":
    command, arguments = sys.argv[1], sys.argv[2:]
    sys.exit({"prepare": prepare, "parameters": parameters, "check": check, "gone": gone, "stack": stack, "delete": delete}[command](*arguments) or 0)
