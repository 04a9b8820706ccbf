"""What moto 5.2.1 cannot host in a template, and the template rewritten without it.

Used by the `aws` shim (scripts/moto-shim/aws) on every template moto receives, after the
SAM translation, and by scripts/moto_deploy.py to report. stackgen itself knows nothing of
this: it is the test harness's account of moto's gaps, not a change to what is deployed.

A resource is unhosted when moto says so:
- its type has no CloudFormation model in moto (`resource_class_from_type` is None): moto
  skips it at create, and every `Fn::GetAtt` of it then fails;
- it is an `AWS::ApiGateway::Deployment` of a RestApi whose methods come from an OpenAPI
  `Body` (moto's RestApi model ignores the body, so the deployment finds no methods);
- it can only exist with an unhosted resource (see PARENTS).
Every reference to an unhosted resource (`Ref`, `Fn::GetAtt`, `${X}`/`${X.Attr}` in
`Fn::Sub`, `DependsOn`) becomes the visible string `moto-unhosted:X` / `moto-unhosted:X.Attr`
(`arn:aws:moto-unhosted:::X` in a policy's Resource, `https://moto-unhosted/X.Attr` for a URL);
Outputs and Exports stay, so importers still find their exports. An output reading an
attribute moto does not model of a hosted resource (`has_cfn_attr` false: moto rejects the
template with UnsupportedAttribute) becomes `moto-unmodeled:X.Attr`. Where moto mis-handles a
hostable value, the value is rewritten to what CloudFormation means by it: a `Ref` of a type
whose moto model has no physical id (an `AWS::Events::EventBus`: moto yields its object, so an
`AWS::Events::Rule` whose `EventBusName` is that `Ref`, or an import of an export holding it,
fails on `.split`) becomes the resource's name property; an SSM parameter's `Tags` map
becomes the list moto reads; an AMI parameter read from a public SSM path moto lacks takes an
image moto has.
"""

import copy
import logging
import re

logging.getLogger("moto").setLevel(logging.ERROR)

from moto.cloudformation.parsing import resource_class_from_type  # noqa: E402

PREFIX = "moto-unhosted:"
UNMODELED = "moto-unmodeled:"
NO_MODEL = "no CloudFormation model in moto (moto logs 'No Moto CloudFormation support for {type}' and skips it; " \
           "a Fn::GetAtt of it fails: 500 'NoneType' object has no attribute 'has_cfn_attr')"
NO_METHODS = "BadRequestException: The REST API doesn't contain any methods (moto's RestApi ignores the OpenAPI Body of {api})"
REF_OBJECT = "moto's model of {type} has no physical id, so a Ref yields the model object, not the name " \
             "(an EventBusName read through it: 500 AttributeError: 'EventBus' object has no attribute 'split', " \
             "or ResourceNotFoundException: Event bus <moto.events.models.EventBus object at …> does not exist)"

# Properties naming the one resource a hosted resource belongs to: without it, it cannot exist.
PARENTS = {
    "AWS::ApiGateway::Stage": ("DeploymentId", "RestApiId"),
    "AWS::ApiGateway::Deployment": ("RestApiId",),
    "AWS::ApiGateway::Resource": ("RestApiId",),
    "AWS::ApiGateway::Method": ("RestApiId",),
    "AWS::Lambda::EventSourceMapping": ("FunctionName",),
    "AWS::RDS::DBInstance": ("DBClusterIdentifier",),
}


def hosted_model(resource_type):
    return resource_class_from_type(resource_type)


def references(node):
    """Logical ids a value refers to (`Ref`, `Fn::GetAtt`, `${X}` and `${X.Attr}` in `Fn::Sub`)."""
    found = set()
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "Ref" and isinstance(value, str):
                found.add(value)
            elif key == "Fn::GetAtt":
                found.add((value.split(".", 1) if isinstance(value, str) else value)[0])
            elif key == "Fn::Sub":
                text, local = (value[0], value[1]) if isinstance(value, list) else (value, {})
                if isinstance(text, str):
                    found |= {name for name in re.findall(r"\$\{([A-Za-z0-9]+)(?:\.[A-Za-z0-9.]+)?\}", text) if name not in local}
                found |= references(local)
            else:
                found |= references(value)
    elif isinstance(node, list):
        for item in node:
            found |= references(item)
    return found


def unhosted(template):
    """{logical id: (type, moto's error)} for the resources moto cannot host."""
    resources = template.get("Resources", {})
    removed = {}
    for name, resource in resources.items():
        if hosted_model(resource.get("Type", "")) is None:
            removed[name] = (resource.get("Type"), NO_MODEL.format(type=resource.get("Type")))
    methods = any(resource.get("Type") == "AWS::ApiGateway::Method" for resource in resources.values())
    for name, resource in resources.items():
        target = resource.get("Properties", {}).get("RestApiId")
        api = target.get("Ref") if isinstance(target, dict) else None
        if resource.get("Type") == "AWS::ApiGateway::Deployment" and "Body" in resources.get(api, {}).get("Properties", {}) and not methods:
            removed[name] = (resource["Type"], NO_METHODS.format(api=api))
    changed = True
    while changed:
        changed = False
        for name, resource in resources.items():
            if name in removed:
                continue
            for key in PARENTS.get(resource.get("Type"), ()):
                lost = sorted(references(resource.get("Properties", {}).get(key)) & set(removed))
                if lost:
                    removed[name] = (resource["Type"], f"can only exist with {lost[0]} ({key}), which moto cannot host")
                    changed = True
                    break
    return removed


def placeholder(target, in_policy):
    """The visible string standing for an unhosted resource's `Ref` or attribute. Shaped as
    the value would be where moto checks the shape: an ARN in an IAM policy's Resource (moto
    validates the partition), a URL for a `…Url` attribute (templates split it at `//`)."""
    if in_policy:
        return f"arn:aws:{PREFIX}::{target}"
    if target.lower().endswith("url"):
        return f"https://{PREFIX.rstrip(':')}/{target}"
    return PREFIX + target


def replaced(node, removed, in_policy=False):
    """The value with every reference to a removed resource turned into a placeholder string."""
    if isinstance(node, dict):
        if isinstance(node.get("Ref"), str) and node["Ref"] in removed and len(node) == 1:
            return placeholder(node["Ref"], in_policy)
        if "Fn::GetAtt" in node and len(node) == 1:
            target = node["Fn::GetAtt"]
            parts = target.split(".", 1) if isinstance(target, str) else target
            if parts and parts[0] in removed:
                return placeholder(".".join(str(part) for part in parts), in_policy)
        if "Fn::Sub" in node and len(node) == 1:
            value = node["Fn::Sub"]
            text, local = (value[0], value[1]) if isinstance(value, list) else (value, {})
            if isinstance(text, str):
                def swap(match):
                    name = match.group(1)
                    return placeholder(name, in_policy) if name.split(".")[0] in removed and name not in local else match.group(0)
                text = re.sub(r"\$\{([A-Za-z0-9]+(?:\.[A-Za-z0-9.]+)?)\}", swap, text)
            return {"Fn::Sub": [text, replaced(local, removed, in_policy)] if isinstance(value, list) else text}
        return {key: replaced(value, removed, in_policy or key in ("Resource", "NotResource")) for key, value in node.items()}
    if isinstance(node, list):
        return [replaced(item, removed, in_policy) for item in node]
    return node


def named_refs(template):
    """{logical id: name expression} for hosted resources a `Ref` cannot reach in moto: moto's
    model of the type has no physical id, so a `Ref` yields the model object itself (an
    `AWS::Events::EventBus` read through an export is then `<moto.events.models.EventBus
    object at …>`). CloudFormation's `Ref` of these types is the name property, so that is
    what the reference becomes."""
    named = {}
    for name, resource in template.get("Resources", {}).items():
        model = hosted_model(resource.get("Type", ""))
        if model is None or hasattr(model, "physical_resource_id"):
            continue
        key = model.cloudformation_name_type()
        if key and key in resource.get("Properties", {}):
            named[name] = (resource["Type"], key, resource["Properties"][key])
    return named


def references_by_ref(node, name):
    if isinstance(node, dict):
        return node.get("Ref") == name or any(references_by_ref(value, name) for value in node.values())
    if isinstance(node, list):
        return any(references_by_ref(item, name) for item in node)
    return False


def with_names(node, named):
    if isinstance(node, dict):
        if len(node) == 1 and isinstance(node.get("Ref"), str) and node["Ref"] in named:
            return copy.deepcopy(named[node["Ref"]][2])
        return {key: with_names(value, named) for key, value in node.items()}
    if isinstance(node, list):
        return [with_names(item, named) for item in node]
    return node


def rewrite(template, moto):
    """(template moto can host, [(logical id, type, what was done, why)]). `moto` answers
    `has_parameter(path)` and `image_id()` from the moto server the template goes to."""
    template = copy.deepcopy(template)
    resources = template.get("Resources", {})
    changes = []
    removed = unhosted(template)
    for name, (resource_type, reason) in removed.items():
        del resources[name]
        changes.append((name, resource_type, "removed", reason))
    for name, resource in resources.items():
        depends = resource.get("DependsOn")
        if depends is not None:
            kept = [item for item in ([depends] if isinstance(depends, str) else depends) if item not in removed]
            if kept:
                resource["DependsOn"] = kept
            else:
                del resource["DependsOn"]
        for key in ("Properties", "Metadata"):
            if key in resource:
                resource[key] = replaced(resource[key], removed)
    if "Outputs" in template:
        template["Outputs"] = replaced(template["Outputs"], removed)
    named = named_refs(template)
    for name, (resource_type, key, _) in named.items():
        if references_by_ref(template, name):
            changes.append((name, resource_type, f"every Ref of it replaced by its {key}", REF_OBJECT.format(type=resource_type)))
    for name, resource in resources.items():
        if "Properties" in resource:
            resource["Properties"] = with_names(resource["Properties"], named)
    if "Outputs" in template:
        template["Outputs"] = with_names(template["Outputs"], named)
    for name, resource in resources.items():
        tags = resource.get("Properties", {}).get("Tags")
        if resource.get("Type") == "AWS::SSM::Parameter" and isinstance(tags, dict):
            resource["Properties"]["Tags"] = [{"Key": key, "Value": value} for key, value in tags.items()]
            changes.append((name, resource["Type"], "Tags given as a list of Key/Value",
                            "moto reads the Tags map of an SSM parameter as a list: 500 TypeError: string indices must be integers"))
    for name, parameter in template.get("Parameters", {}).items():
        path = parameter.get("Default")
        kind = parameter.get("Type", "")
        if kind == "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>" and isinstance(path, str) and not moto.has_parameter(path):
            image = moto.image_id()
            template["Parameters"][name] = {**parameter, "Type": "AWS::EC2::Image::Id", "Default": image}
            changes.append((name, "Parameter " + kind, f"default set to moto's image {image}",
                            f"moto has no public parameter {path} (and refuses to create one under /aws/: AccessDeniedException)"))
    for key, output in template.get("Outputs", {}).items():
        value = output.get("Value")
        if not isinstance(value, dict) or "Fn::GetAtt" not in value:
            continue
        target = value["Fn::GetAtt"]
        name, attribute = (target.split(".", 1) if isinstance(target, str) else target)[:2]
        model = hosted_model(resources.get(name, {}).get("Type", ""))
        if model is not None and not model.has_cfn_attr(attribute):
            output["Value"] = f"{UNMODELED}{name}.{attribute}"
            changes.append((name, resources[name]["Type"], f"output {key} set to '{UNMODELED}{name}.{attribute}'",
                            f"moto does not model the attribute {attribute}: UnsupportedAttribute"))
    return template, changes
