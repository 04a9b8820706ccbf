"""Helpers for scripts/moto-deploy.sh, which deploys apps with `stackgen deploy` to moto.

Usage:
  moto_deploy.py prepare OUTPUT_FOLDER      placeholder code for assets and scripts the repository lacks
  moto_deploy.py parameters OUTPUT_FOLDER   `--parameter Name=value` for the plan's required parameters
  moto_deploy.py hostable OUTPUT_FOLDER     `--stack NAME` for every step moto can host (stacks moto
                                            cannot create, and what follows them, are named on stderr)
  moto_deploy.py check OUTPUT_FOLDER        every stack complete, every import found its export,
                                            and the resource types moto skipped
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
    for step in plan_of(folder)["steps"]:
        for parameter in step["parameters"]:
            if parameter["required"]:
                print(f"--parameter\n{parameter['name']}=moto-{parameter['name'].lower()}")


def translated(template, stack, region):
    """The template as moto will see it: SAM templates go through the shim's translation."""
    transforms = template.get("Transform", [])
    if "AWS::Serverless-2016-10-31" not in (transforms if isinstance(transforms, list) else [transforms]):
        return template
    import logging
    logging.disable(logging.WARNING)
    from sam_translate import FixedPolicyLoader, package_locally
    from samtranslator.translator.arn_generator import ArnGenerator
    from samtranslator.translator.transform import transform
    os.environ["AWS_DEFAULT_REGION"] = region
    ArnGenerator.BOTO_SESSION_REGION_NAME = region
    package_locally(template, stack)
    return transform(template, {}, FixedPolicyLoader())


def unhostable(template):
    """Why moto 5.2.1 rejects the template outright, or None. moto checks each output that
    is a plain `Fn::GetAtt` against its model of the resource type (parsing.validate_outputs):
    a type it does not model fails with a 500 (`'NoneType' object has no attribute
    'has_cfn_attr'`), an attribute it does not model with UnsupportedAttribute."""
    from moto.cloudformation.parsing import resource_class_from_type
    resources = template.get("Resources", {})
    for name, resource in resources.items():
        bus = resource.get("Properties", {}).get("EventBusName")
        if resource.get("Type") == "AWS::Events::Rule" and isinstance(bus, dict):
            # moto resolves a Ref or an import of a bus to its EventBus object, not the name.
            return f"AWS::Events::Rule: {name} takes its EventBusName from {next(iter(bus))} " \
                   "(moto: 500, AttributeError: 'EventBus' object has no attribute 'split')"
    methods = any(resource.get("Type") == "AWS::ApiGateway::Method" for resource in resources.values())
    for name, resource in resources.items():
        target = resource.get("Properties", {}).get("RestApiId")
        api = resources.get(target.get("Ref"), {}) if isinstance(target, dict) else {}
        if resource.get("Type") == "AWS::ApiGateway::Deployment" and "Body" in api.get("Properties", {}) and not methods:
            # moto does not import an OpenAPI body, so the API has no methods to deploy.
            return f"AWS::ApiGateway::RestApi: {target['Ref']} defines its methods in an OpenAPI Body, which moto ignores " \
                   "(moto: BadRequestException, The REST API doesn't contain any methods, on Deployment " + name + ")"
    for key, output in template.get("Outputs", {}).items():
        for name in sorted(attribute_targets(output.get("Value"))):
            resource_type = resources.get(name, {}).get("Type", "?")
            value = output.get("Value")
            top_level = isinstance(value, dict) and "Fn::GetAtt" in value  # reported below, in moto's words
            if resource_class_from_type(resource_type) is None and not top_level:
                # Accepted at create, but every DescribeStacks then fails on the output.
                return f"{resource_type}: output {key} reads an attribute of {name} inside a Sub or Join, and moto has no " \
                       "model of the type (moto: 500 on DescribeStacks, Template error: instance of Fn::GetAtt references " \
                       f"undefined resource {name})"
        value = output.get("Value")
        if not isinstance(value, dict) or "Fn::GetAtt" not in value:
            continue
        target = value["Fn::GetAtt"]
        name, attribute = (target.split(".", 1) if isinstance(target, str) else target)[:2]
        resource_type = resources.get(name, {}).get("Type", "?")
        model = resource_class_from_type(resource_type)
        if model is None:
            return f"{resource_type}: output {key} reads {name}.{attribute} and moto has no model of the type " \
                   "(moto: 500, 'NoneType' object has no attribute 'has_cfn_attr')"
        if not model.has_cfn_attr(attribute):
            return f"{resource_type}: output {key} reads {name}.{attribute}, an attribute moto does not model (moto: UnsupportedAttribute)"
    return None


def attribute_targets(node):
    """Resources whose attributes a value reads: `Fn::GetAtt` anywhere, and `${X.Attr}` in `Fn::Sub`."""
    if isinstance(node, dict):
        found = set()
        for key, value in node.items():
            if key == "Fn::GetAtt":
                found.add((value.split(".", 1) if isinstance(value, str) else value)[0])
            elif key == "Fn::Sub":
                text = value[0] if isinstance(value, list) else value
                found |= set(re.findall(r"\$\{([A-Za-z0-9]+)\.[A-Za-z0-9.]+\}", text if isinstance(text, str) else ""))
                found |= attribute_targets(value)
            else:
                found |= attribute_targets(value)
        return found
    if isinstance(node, list):
        return set().union(*(attribute_targets(item) for item in node)) if node else set()
    return set()


def hostable(folder):
    plan = plan_of(folder)
    left_out = {}
    for step in plan["steps"]:
        if any(dependency["name"] in left_out for dependency in step["dependsOn"]):
            left_out[step["name"]] = "follows " + ", ".join(d["name"] for d in step["dependsOn"] if d["name"] in left_out)
            continue
        if step["kind"] != "stack":
            continue
        with open(os.path.join(folder, step["template"])) as handle:
            reason = unhostable(translated(json.load(handle), step["name"], step["region"]))
        if reason:
            left_out[step["name"]] = f"moto cannot host {reason}"
    for name, reason in left_out.items():
        print(f"not deployed to moto: {name}: {reason}", file=sys.stderr)
    for step in plan["steps"]:
        if step["name"] not in left_out:
            print(f"--stack\n{step['name']}")


def imports(node):
    if isinstance(node, dict):
        found = {node["Fn::ImportValue"]} if isinstance(node.get("Fn::ImportValue"), str) else set()
        for value in node.values():
            found |= imports(value)
        return found
    if isinstance(node, list):
        return set().union(*(imports(item) for item in node)) if node else set()
    return set()


def deployed_steps(plan):
    """The steps the harness deployed (MOTO_STEPS, from `hostable`), or all of them."""
    chosen = os.environ.get("MOTO_STEPS")
    names = set(chosen.split()) if chosen else None
    return [step for step in plan["steps"] if step["kind"] == "stack" and (names is None or step["name"] in names)]


def check(folder):
    plan = plan_of(folder)
    problems, skipped, checked_imports = [], {}, 0
    for step in deployed_steps(plan):
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
    stacks = len(deployed_steps(plan))
    print(f"check: {stacks} stacks complete, {checked_imports} imports found their exports" if not problems else "check: FAILED")
    for resource_type in sorted(skipped):
        print(f"moto skipped (no model, stack still completes): {resource_type} x{len(skipped[resource_type])}")
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
    sys.exit({"prepare": prepare, "parameters": parameters, "hostable": hostable, "check": check, "gone": gone, "stack": stack, "delete": delete}[command](*arguments) or 0)
