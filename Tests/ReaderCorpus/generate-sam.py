#!/usr/bin/env python3
"""Writes sam-NN.yaml: long SAM templates whose YAML style varies by seed (flow or block
lists, short or long intrinsic forms, quote styles, block scalar chomping). Run once; the
output is checked in and judged by scripts/compare-decoder.py against cfn-lint's decoder."""
import random

def quote(rng, text):
    style = rng.choice(["plain", "single", "double"])
    if style == "single":
        return "'" + text.replace("'", "''") + "'"
    if style == "double":
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return text

def ref(rng, name):
    return rng.choice([f"!Ref {name}", f"{{Ref: {name}}}", f'{{"Ref": "{name}"}}'])

def getatt(rng, res, attr):
    return rng.choice([f"!GetAtt {res}.{attr}", f"!GetAtt [{res}, {attr}]", f"{{'Fn::GetAtt': [{res}, {attr}]}}"])

def function(rng, i, lines):
    name = f"Function{i}"
    lines.append(f"  {name}:")
    lines.append("    Type: AWS::Serverless::Function")
    if rng.random() < 0.3:
        lines.append("    Condition: IsProd")
    lines.append("    Properties:")
    lines.append(f"      FunctionName: !Sub ${{AWS::StackName}}-fn-{i}")
    lines.append(f"      Handler: {quote(rng, 'app.handler' + str(i))}")
    lines.append(f"      CodeUri: {quote(rng, f'functions/f{i}/')}")
    lines.append(f"      MemorySize: {rng.choice([128, 256, 512, 1024])}")
    lines.append(f"      Timeout: {rng.choice([3, 10, 30, 900])}")
    chomp = rng.choice(["", "-", "+"])
    kind = rng.choice([">", "|"])
    lines.append(f"      Description: {kind}{chomp}")
    lines.append(f"        Function number {i} handles")
    lines.append(f"        requests for part {i % 7}.")
    if chomp == "+":
        lines.append("")
    lines.append("      Environment:")
    lines.append("        Variables:")
    lines.append(f"          TABLE: {ref(rng, f'Table{i % 5}')}")
    lines.append(f"          QUEUE_URL: {ref(rng, f'Queue{i % 3}')}")
    lines.append(f"          STAGE: {rng.choice(['!Ref Stage', '!If [IsProd, prod, dev]', 'literal'])}")
    enabled = rng.choice(['yes', 'true', 'off', '"yes"', '1', '0.5'])
    lines.append(f"          ENABLED: {enabled}")
    lines.append("      Policies:")
    if rng.random() < 0.5:
        lines.append(f"        - DynamoDBCrudPolicy: {{TableName: {ref(rng, f'Table{i % 5}')}}}")
    else:
        lines.append("        - DynamoDBCrudPolicy:")
        lines.append(f"            TableName: {ref(rng, f'Table{i % 5}')}")
    lines.append("        - Statement:")
    lines.append("          - Effect: Allow")
    lines.append(f"            Action: [sqs:SendMessage, 'sqs:GetQueueUrl']")
    lines.append(f"            Resource: {getatt(rng, f'Queue{i % 3}', 'Arn')}")
    lines.append("      Events:")
    event = rng.choice(["Api", "SQS", "Schedule"])
    if event == "Api":
        lines.append("        Http:")
        lines.append("          Type: Api")
        lines.append("          Properties:")
        lines.append(f"            Path: /items/{i}/{{id}}")
        lines.append(f"            Method: {rng.choice(['get', 'post', 'ANY'])}")
    elif event == "SQS":
        lines.append("        Queue:")
        lines.append("          Type: SQS")
        lines.append(f"          Properties: {{Queue: {getatt(rng, f'Queue{i % 3}', 'Arn')}, BatchSize: 10}}")
    else:
        lines.append("        Timer:")
        lines.append("          Type: Schedule")
        lines.append("          Properties:")
        lines.append(f"            Schedule: {quote(rng, f'rate({i + 1} minutes)')}")
    if rng.random() < 0.4:
        lines.append("      # a comment between properties")
        cost = '"' + str(1000 + i) + '"'
        lines.append(f"      Tags: {{Owner: team-{i}, 'Cost Center': {cost}}}")

def template(seed):
    rng = random.Random(seed)
    lines = []
    lines.append(rng.choice(["AWSTemplateFormatVersion: 2010-09-09", "AWSTemplateFormatVersion: '2010-09-09'"]))
    lines.append("Transform: AWS::Serverless-2016-10-31")
    lines.append(f"Description: Generated SAM template {seed} with many functions")
    lines.append("Globals:")
    lines.append("  Function:")
    lines.append(f"    Runtime: {rng.choice(['python3.12', 'nodejs20.x', 'java21'])}")
    lines.append("    Tracing: Active")
    lines.append("Parameters:")
    lines.append("  Stage:")
    lines.append("    Type: String")
    lines.append("    Default: dev")
    lines.append("  NetworkStackName: {Type: String, Default: network}")
    lines.append("Conditions:")
    lines.append("  IsProd: !Equals [!Ref Stage, prod]")
    lines.append("  NotProd:")
    lines.append("    Fn::Not: [!Condition IsProd]")
    lines.append("Resources:")
    for t in range(5):
        lines.append(f"  Table{t}:")
        lines.append("    Type: AWS::DynamoDB::Table")
        lines.append("    DeletionPolicy: Retain")
        lines.append("    Properties:")
        lines.append("      BillingMode: PAY_PER_REQUEST")
        lines.append(f"      AttributeDefinitions: [{{AttributeName: pk, AttributeType: S}}]")
        lines.append("      KeySchema:")
        lines.append("        - AttributeName: pk")
        lines.append("          KeyType: HASH")
    for q in range(3):
        lines.append(f"  Queue{q}:")
        lines.append("    Type: AWS::SQS::Queue")
        lines.append(f"    Properties: {{VisibilityTimeout: {rng.choice([30, 900])}, MessageRetentionPeriod: !!int \"86400\"}}")
    for i in range(rng.randint(18, 30)):
        function(rng, i, lines)
    lines.append("Outputs:")
    for t in range(5):
        lines.append(f"  Table{t}Name:")
        lines.append(f"    Value: !Ref Table{t}")
        lines.append("    Export:")
        lines.append(rng.choice([
            f"      Name: !Sub ${{AWS::StackName}}-Table{t}",
            f"      Name: {{'Fn::Sub': '${{AWS::StackName}}:Table{t}'}}",
            f"      Name: !Join [':', [!Ref 'AWS::StackName', Table{t}]]",
        ]))
    lines.append("  Vpc:")
    lines.append("    Value:")
    lines.append("      Fn::ImportValue: !Sub \"${NetworkStackName}-VpcId\"")
    return "\n".join(lines) + "\n"

for seed in range(1, 21):
    with open(f"sam-{seed:02d}.yaml", "w") as f:
        f.write(template(seed))
