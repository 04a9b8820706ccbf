"""CloudFormation's export-in-use rule, enforced in front of moto (which does not enforce it).

Called by scripts/rollout-shim/aws, which is first on PATH in the rollout proof. Before a
stack is deleted it refuses when another stack imports one of its exports; around an update
(`deploy`, `create-stack`, `update-stack`, `execute-change-set`) it snapshots every export and
its importers, lets the real AWS CLI run, and fails when an export that another stack imported
is gone or has another value. Each violation is appended as a JSON line to $ROLLOUT_VIOLATIONS
and printed the way CloudFormation words it.
"""
import json
import os
import subprocess
import sys

import boto3

MUTATING = {"deploy", "create-stack", "update-stack", "execute-change-set", "delete-stack"}


def option(args, name):
    for index, arg in enumerate(args):
        if arg == name and index + 1 < len(args):
            return args[index + 1]
        if arg.startswith(name + "="):
            return arg.split("=", 1)[1]
    return None


def imports(node, stack, region):
    """Export names a template imports (literal names, and Fn::Sub of the stack name/region)."""
    found = set()
    if isinstance(node, dict):
        if len(node) == 1 and "Fn::ImportValue" in node:
            name = node["Fn::ImportValue"]
            if isinstance(name, dict) and isinstance(name.get("Fn::Sub"), str):
                name = name["Fn::Sub"].replace("${AWS::StackName}", stack).replace("${AWS::Region}", region)
            if isinstance(name, str):
                found.add(name)
            return found
        for value in node.values():
            found |= imports(value, stack, region)
    elif isinstance(node, list):
        for value in node:
            found |= imports(value, stack, region)
    return found


def snapshot(region):
    """{export: (stack, value)} and {stack: imported export names} of the deployed stacks."""
    client = boto3.client("cloudformation", region_name=region, endpoint_url=os.environ.get("AWS_ENDPOINT_URL"))
    exports, importers = {}, {}
    for page in client.get_paginator("describe_stacks").paginate():
        for stack in page["Stacks"]:
            name = stack["StackName"]
            if stack["StackStatus"] == "DELETE_COMPLETE":
                continue
            for output in stack.get("Outputs", []):
                if output.get("ExportName"):
                    exports[output["ExportName"]] = (name, output.get("OutputValue"))
            body = client.get_template(StackName=name)["TemplateBody"]
            importers[name] = imports(json.loads(body) if isinstance(body, str) else body, name, region)
    return exports, importers


def in_use(export, importers, owner):
    return sorted(stack for stack, names in importers.items() if stack != owner and export in names)


def report(violation):
    path = os.environ.get("ROLLOUT_VIOLATIONS")
    if path:
        with open(path, "a") as log:
            log.write(json.dumps(violation, sort_keys=True) + "\n")
    sys.stderr.write(f"in-use rule (enforced by the test harness): {violation['message']}\n")


def main(real_aws, args):
    command = args[1] if len(args) > 1 and args[0] == "cloudformation" else None
    if command not in MUTATING:
        return subprocess.call([real_aws] + args)
    region = option(args, "--region") or os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION")
    stack = option(args, "--stack-name")
    exports, importers = snapshot(region)
    if command == "delete-stack":
        mine = [name for name, (owner, _) in exports.items() if owner == stack]
        blocked = {name: in_use(name, importers, stack) for name in mine if in_use(name, importers, stack)}
        if blocked:
            for name, users in sorted(blocked.items()):
                report({"operation": "delete", "stack": stack, "export": name, "importers": users,
                        "message": f"Export {name} cannot be deleted as it is in use by {', '.join(users)}"})
            return 255
        return subprocess.call([real_aws] + args)
    status = subprocess.call([real_aws] + args)
    after, _ = snapshot(region)
    failed = False
    for name, (owner, value) in sorted(exports.items()):
        users = in_use(name, importers, owner)
        if owner != stack or not users:
            continue
        if name not in after:
            report({"operation": "update", "stack": stack, "export": name, "importers": users,
                    "message": f"Cannot delete export {name} as it is in use by {', '.join(users)}"})
            failed = True
        elif after[name][1] != value:
            report({"operation": "update", "stack": stack, "export": name, "importers": users,
                    "message": f"Cannot update export {name} as it is in use by {', '.join(users)}"})
            failed = True
    return 255 if failed else status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
