"""Transforms the SAM templates of synthesized apps offline with aws-sam-translator.

Usage: sam_translate.py <app output folder>...

Each folder is what `stackgen synth` wrote: templates plus plan.json, whose stack steps
give each template's region. A template is SAM when its Transform names
AWS::Serverless-2016-10-31. Exit status 1 when any template fails to transform or keeps a
managed policy name the fixed map below does not know.
"""

import json
import logging
import os
import sys
from pathlib import Path

from samtranslator.public.exceptions import InvalidDocumentException
from samtranslator.translator.arn_generator import ArnGenerator
from samtranslator.translator.transform import transform

SAM_TRANSFORM = "AWS::Serverless-2016-10-31"

# The AWS managed policies the apps name in `Policies`, by name. SAM asks IAM for this map
# at deploy time; offline a fixed copy stands in. Add a policy here when an app starts
# using it (the run fails and names it until then).
MANAGED_POLICIES = {
    name: f"arn:aws:iam::aws:policy/{path}{name}"
    for path, names in {
        "service-role/": [
            "AWSLambdaBasicExecutionRole",
            "AWSLambdaVPCAccessExecutionRole",
            "AWSLambdaSQSQueueExecutionRole",
            "AWSLambdaDynamoDBExecutionRole",
            "AWSLambdaKinesisExecutionRole",
        ],
        "": [
            "AWSXRayDaemonWriteAccess",
            "AWSXrayWriteOnlyAccess",
            "AmazonBedrockFullAccess",
            "AmazonDynamoDBFullAccess",
            "AmazonDynamoDBReadOnlyAccess",
            "AmazonS3FullAccess",
            "AmazonS3ReadOnlyAccess",
            "AmazonSQSFullAccess",
            "AmazonSNSFullAccess",
            "CloudWatchLogsFullAccess",
            "SecretsManagerReadWrite",
        ],
    }.items()
    for name in names
}


# Properties that name local artifacts (`CodeUri: src/getDrinks/`). `sam package` uploads
# them and rewrites the property to an S3 URI before CloudFormation runs the transform, and
# the translator only accepts the S3 form; the offline run does the same rewrite.
LOCAL_ARTIFACTS = {
    "AWS::Serverless::Function": ["CodeUri"],
    "AWS::Serverless::LayerVersion": ["ContentUri"],
    "AWS::Serverless::Api": ["DefinitionUri"],
    "AWS::Serverless::HttpApi": ["DefinitionUri"],
    "AWS::Serverless::StateMachine": ["DefinitionUri"],
}
PACKAGE_BUCKET = "stackgen-sam-package"


def package_locally(template, stack):
    """Points local artifact paths at where `sam package` would upload them."""

    def packaged(value):
        if isinstance(value, str) and not value.startswith("s3://"):
            return f"s3://{PACKAGE_BUCKET}/{stack}/{value.strip('./').rstrip('/') or 'root'}.zip"
        return value

    sections = [(resource.get("Type"), resource.get("Properties", {})) for resource in template.get("Resources", {}).values()]
    globals_section = template.get("Globals", {})
    sections += [("AWS::Serverless::" + name, props) for name, props in globals_section.items() if isinstance(props, dict)]
    for resource_type, properties in sections:
        for key in LOCAL_ARTIFACTS.get(resource_type, []):
            if key in properties:
                properties[key] = packaged(properties[key])


class FixedPolicyLoader:
    """Stands in for SAM's IAM-backed ManagedPolicyLoader."""

    def load(self):
        return dict(MANAGED_POLICIES)


def unresolved_policies(template):
    """Managed policy entries that are neither ARNs nor intrinsics after the transform."""
    found = []
    for logical_id, resource in template.get("Resources", {}).items():
        if resource.get("Type") != "AWS::IAM::Role":
            continue
        for arn in resource.get("Properties", {}).get("ManagedPolicyArns", []):
            if isinstance(arn, str) and not arn.startswith("arn:"):
                found.append(f"{logical_id}: '{arn}'")
    return found


def is_sam(template):
    transform_value = template.get("Transform", [])
    names = transform_value if isinstance(transform_value, list) else [transform_value]
    return SAM_TRANSFORM in names


def translate(path, stack, region):
    template = json.loads(path.read_text())
    package_locally(template, stack)
    os.environ["AWS_DEFAULT_REGION"] = region
    ArnGenerator.BOTO_SESSION_REGION_NAME = region
    before = len(template.get("Resources", {}))
    output = transform(template, {}, FixedPolicyLoader())
    after = len(output.get("Resources", {}))
    return before, after, unresolved_policies(output)


def main(folders):
    # The translator logs its own metrics and feature-toggle chatter at WARNING.
    logging.basicConfig(level=logging.ERROR)
    logging.getLogger("samtranslator").setLevel(logging.ERROR)
    translated, failures = 0, []
    for folder in map(Path, folders):
        plan_path = folder / "plan.json"
        if not plan_path.exists():
            continue
        plan = json.loads(plan_path.read_text())
        for step in plan["steps"]:
            if step["kind"] != "stack":
                continue
            path = folder / step["template"]
            name = f"{plan['app']}/{step['name']}"
            if not is_sam(json.loads(path.read_text())):
                continue
            try:
                before, after, unresolved = translate(path, step["name"], step["region"])
            except InvalidDocumentException as error:
                messages = "; ".join(cause.message for cause in error.causes)
                failures.append(f"{name} ({step['region']}): {messages}")
                continue
            except Exception as error:  # the translator's own bugs surface as plain exceptions
                failures.append(f"{name} ({step['region']}): {type(error).__name__}: {error}")
                continue
            if unresolved:
                failures.append(
                    f"{name}: managed policies not in the fixed map: {', '.join(unresolved)}"
                    " (add them to MANAGED_POLICIES in scripts/sam_translate.py)"
                )
                continue
            translated += 1
            print(f"ok  {name} ({step['region']}): {before} resources -> {after} after the SAM transform")
    for failure in failures:
        print(f"error: {failure}", file=sys.stderr)
    print(f"aws-sam-translator: {translated} SAM templates transformed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
