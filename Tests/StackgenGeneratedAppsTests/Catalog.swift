// The only file of these tests that names catalog types: when the catalog splits into
// per-service modules, these imports are the ones to change.
import StackgenCore
import StackgenResources

/// Typed resources and attributes for the generated apps.
enum Catalog {
    /// The typed value a blueprint names, through the catalog's attribute accessors.
    static func value(of value: Blueprint.ValueRef, in blueprint: Blueprint) -> Value<String> {
        let resource = blueprint.resource(value)
        let address = Address(stack: blueprint.stacks[value.stack].name, logicalID: resource.id, kind: .resource)
        switch (resource.kind, value.attribute) {
        case (.bucket, "Arn"): return Resource<S3.Bucket>(address: address).arn
        case (.bucket, "DomainName"): return Resource<S3.Bucket>(address: address).domainName
        case (.bucket, _): return Resource<S3.Bucket>(address: address).ref
        case (.topic, "TopicArn"): return Resource<SNS.Topic>(address: address).topicArn
        case (.topic, _): return Resource<SNS.Topic>(address: address).ref
        case (.queue, "Arn"): return Resource<SQS.Queue>(address: address).arn
        case (.queue, "QueueUrl"): return Resource<SQS.Queue>(address: address).queueUrl
        case (.queue, _): return Resource<SQS.Queue>(address: address).ref
        case (.table, "Arn"): return Resource<DynamoDB.Table>(address: address).arn
        case (.table, _): return Resource<DynamoDB.Table>(address: address).ref
        case (.role, "Arn"): return Resource<IAM.Role>(address: address).arn
        case (.role, "RoleId"): return Resource<IAM.Role>(address: address).roleId
        case (.role, _): return Resource<IAM.Role>(address: address).ref
        case (.samFunction, "Arn"): return Resource<Serverless.Function>(address: address).arn
        case (.samFunction, _): return Resource<Serverless.Function>(address: address).ref
        case (.lambdaFunction, "Arn"): return Resource<Lambda.Function>(address: address).arn
        case (.lambdaFunction, _): return Resource<Lambda.Function>(address: address).ref
        }
    }

    /// Adds the resource with its inputs where its type takes values: tags, a policy
    /// document (roles), environment variables (functions).
    static func add(
        _ resource: Blueprint.Resource, inputs: [Value<String>], dependsOn: [any DependencyTarget], role: Blueprint.Resource?,
        to stack: inout Stack
    ) -> any DependencyTarget {
        let tags = inputs.isEmpty ? nil : PropertyList(inputs.enumerated().map { Tag(key: "In\($0.offset)", value: $0.element) })
        let variables = Dictionary(uniqueKeysWithValues: inputs.enumerated().map { ("IN\($0.offset)", $0.element) })
        let id = resource.id
        switch resource.kind {
        case .bucket: return stack.add(id, S3.Bucket(tags: tags), dependsOn: dependsOn)
        case .topic: return stack.add(id, SNS.Topic(tags: tags), dependsOn: dependsOn)
        case .queue: return stack.add(id, SQS.Queue(tags: tags), dependsOn: dependsOn)
        case .table:
            return stack.add(
                id,
                DynamoDB.Table(
                    keySchema: [.init(attributeName: "pk", keyType: .hash)], attributeDefinitions: [.init(attributeName: "pk", attributeType: .s)],
                    billingMode: .payPerRequest, tags: tags),
                dependsOn: dependsOn)
        case .role:
            let policies: PropertyList<IAM.Role.Policy>? =
                inputs.isEmpty ? nil : [.init(policyDocument: IAM.PolicyDocument(.allow(["sns:Publish"], on: inputs)), policyName: "inputs")]
            return stack.add(
                id, IAM.Role(assumeRolePolicyDocument: IAM.PolicyDocument(.assumeRole(by: .service("lambda.amazonaws.com"))), policies: policies),
                dependsOn: dependsOn)
        case .samFunction:
            return stack.add(
                id,
                Serverless.Function(
                    codeUri: "src/", environment: variables.isEmpty ? nil : .init(variables: .init(variables)), handler: "index.handler",
                    runtime: "python3.13"),
                dependsOn: dependsOn)
        case .lambdaFunction:
            let roleArn = Resource<IAM.Role>(address: Address(stack: stack.name, logicalID: role?.id ?? "", kind: .resource)).arn
            return stack.add(
                id,
                Lambda.Function(
                    code: .init(zipFile: "def handler(event, context):\n    return None\n"), role: roleArn,
                    environment: variables.isEmpty ? nil : .init(variables: .init(variables)), handler: "index.handler",
                    runtime: .python3_13),
                dependsOn: dependsOn)
        }
    }

    static func setGlobals(environment inputs: [Value<String>], on stack: inout Stack) {
        let variables = Dictionary(uniqueKeysWithValues: inputs.enumerated().map { ("SHARED\($0.offset)", $0.element) })
        stack.setGlobals(Serverless.Globals.Function(environment: .init(variables: .init(variables))))
    }
}
