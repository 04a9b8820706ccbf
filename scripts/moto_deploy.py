"""Deploys an app's synthesized stacks to a moto server in plan order.

The plan is read from plan.json, exactly as a CI script would: waves in order, each
stack created with its template, capabilities and parameters (values taken from other
stacks' outputs where the plan says so), and every export the templates import must
resolve. moto's change-set path does not record outputs of new stacks, so stacks are
created with CreateStack rather than `aws cloudformation deploy`.

Usage: moto_deploy.py ENDPOINT OUTPUT_FOLDER
"""

import json
import os
import sys

import boto3


def client(endpoint, region):
    return boto3.client(
        "cloudformation", endpoint_url=endpoint, region_name=region,
        aws_access_key_id="test", aws_secret_access_key="test")


def output_value(endpoint, stack, region, key):
    outputs = client(endpoint, region).describe_stacks(StackName=stack)["Stacks"][0].get("Outputs", [])
    for output in outputs:
        if output["OutputKey"] == key:
            return output["OutputValue"]
    raise SystemExit(f"{stack} ({region}) has no output {key}")


def deploy(endpoint, folder):
    with open(os.path.join(folder, "plan.json")) as handle:
        plan = json.load(handle)
    steps = {step["name"]: step for step in plan["steps"]}
    deployed = 0
    for number, wave in enumerate(plan["waves"], start=1):
        for name in wave:
            step = steps[name]
            if step["kind"] == "script":
                print(f"wave {number}: skip script {name} ({step['command']})")
                continue
            parameters = []
            for parameter in step["parameters"]:
                source = parameter["from"]
                if source:
                    value = output_value(endpoint, source["stack"], source["region"], source["output"])
                    parameters.append({"ParameterKey": parameter["name"], "ParameterValue": value})
                elif parameter["required"]:
                    parameters.append({"ParameterKey": parameter["name"], "ParameterValue": f"moto-{parameter['name'].lower()}"})
            with open(os.path.join(folder, step["template"])) as handle:
                body = handle.read()
            cloudformation = client(endpoint, step["region"])
            cloudformation.create_stack(
                StackName=name, TemplateBody=body, Parameters=parameters, Capabilities=step["capabilities"])
            stack = cloudformation.describe_stacks(StackName=name)["Stacks"][0]
            status = stack["StackStatus"]
            if status != "CREATE_COMPLETE":
                raise SystemExit(f"wave {number}: {name} ended in {status}")
            # The value that crossed regions is the one the stack was created with.
            given = {p["ParameterKey"]: p["ParameterValue"] for p in stack.get("Parameters", [])}
            for parameter in parameters:
                if given.get(parameter["ParameterKey"]) != parameter["ParameterValue"]:
                    raise SystemExit(f"{name}: parameter {parameter['ParameterKey']} is {given.get(parameter['ParameterKey'])!r}")
            deployed += 1
            print(f"wave {number}: {name} ({step['region']}) {status}")
    exports = []
    for region in sorted({step["region"] for step in plan["steps"] if step["region"]}):
        exports += [e["Name"] for e in client(endpoint, region).list_exports()["Exports"]]
    print(f"moto: {deployed} stacks deployed in plan order, {len(exports)} exports: {', '.join(sorted(exports))}")


if __name__ == "__main__":
    deploy(sys.argv[1], sys.argv[2])
