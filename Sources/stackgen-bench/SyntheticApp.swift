import StackgenResources

/// A synthetic app shaped like the Bartender's api stack, repeated: four shared base stacks
/// (datastore, auth, event bus, hosting) and `services` API stacks of about 140 resources
/// each (functions with roles and permissions, a REST API with resources and methods, API
/// keys with usage plans), every function importing values from the base stacks.
enum SyntheticApp {
    static let functionsPerService = 20
    static let apiKeysPerService = 10

    struct Base {
        var stacks: [Stack] = []
        let clusterEndpoint: Value<String>
        let writerRoleArn: Value<String>
        let userPoolID: Value<String>
        let busName: Value<String>
        let bucketName: Value<String>
        let bucketArn: Value<String>
    }

    static func make(services: Int) -> App {
        var app = App("bench-\(services)", region: .euWest1)
        let base = makeBase()
        app.add(base.stacks)
        for index in 0..<services { app.add(service(index, base: base)) }
        return app
    }

    private static func makeBase() -> Base {
        var datastore = Stack("bench-datastore")
        let cluster = datastore.add("Cluster", DSQL.Cluster(deletionProtectionEnabled: true))
        let writer = datastore.add(
            "WriterRole",
            IAM.Role(assumeRolePolicyDocument: IAM.PolicyDocument(.assumeRole(by: .currentAccount))))
        var auth = Stack("bench-auth")
        let pool = auth.add("UserPool", Cognito.UserPool())
        var events = Stack("bench-events")
        let bus = events.add("Bus", Events.EventBus(name: "bench-bus"))
        var hosting = Stack("bench-hosting")
        let bucket = hosting.add("Images", S3.Bucket())
        return Base(
            stacks: [datastore, auth, events, hosting], clusterEndpoint: cluster.endpoint, writerRoleArn: writer.arn,
            userPoolID: pool.ref, busName: bus.ref, bucketName: bucket.ref, bucketArn: bucket.arn)
    }

    private static func service(_ index: Int, base: Base) -> Stack {
        var stack = Stack("bench-api-\(index)")
        let api = stack.add("Api", ApiGateway.RestApi(name: "bench-api-\(index)"))
        var methods: [any DependencyTarget] = []
        for number in 0..<functionsPerService {
            let name = "Handler\(number)"
            let role = stack.add(
                "\(name)Role",
                IAM.Role(
                    assumeRolePolicyDocument: IAM.PolicyDocument(.assumeRole(by: .service("lambda.amazonaws.com"))),
                    policies: [
                        IAM.Role.Policy(
                            policyDocument: IAM.PolicyDocument(
                                .allow(["s3:GetObject", "s3:PutObject"], on: ["\(base.bucketArn)/*"]),
                                .allow(["sts:AssumeRole"], on: [base.writerRoleArn])),
                            policyName: "data")
                    ]))
            let function = stack.add(
                name,
                Lambda.Function(
                    code: Lambda.Function.Code(s3Bucket: "bench-artifacts", s3Key: "handlers/\(name).zip"),
                    role: role.arn,
                    architectures: [.arm64],
                    environment: Lambda.Function.Environment(variables: [
                        "DSQL_ENDPOINT": base.clusterEndpoint, "USER_POOL": base.userPoolID,
                        "EVENT_BUS": base.busName, "IMAGES": base.bucketName,
                    ]),
                    handler: "index.handler", memorySize: 128, runtime: .python3_13, timeout: 30))
            stack.add(
                "\(name)Permission",
                Lambda.Permission(
                    action: "lambda:InvokeFunction", functionName: function.ref, principal: "apigateway.amazonaws.com",
                    sourceArn: "arn:\(AWS.partition):execute-api:\(AWS.region):\(AWS.accountID):\(api.ref)/*"))
            let resource = stack.add(
                "\(name)Resource",
                ApiGateway.ResourceProperty(parentId: api.rootResourceId, pathPart: "h\(number)", restApiId: api.ref))
            methods.append(
                stack.add(
                    "\(name)Method",
                    ApiGateway.Method(
                        httpMethod: "POST", resourceId: resource.ref, restApiId: api.ref, apiKeyRequired: true,
                        authorizationType: "NONE",
                        integration: ApiGateway.Method.Integration(
                            type: .awsProxy, integrationHttpMethod: "POST",
                            uri: "arn:\(AWS.partition):apigateway:\(AWS.region):lambda:path/2015-03-31/functions/\(function.arn)/invocations"))))
        }
        let deployment = stack.add("Deployment", ApiGateway.Deployment(restApiId: api.ref), dependsOn: methods)
        let stage = stack.add("Stage", ApiGateway.Stage(restApiId: api.ref, deploymentId: deployment.ref, stageName: "v1"))
        for number in 0..<apiKeysPerService {
            let key = stack.add("Key\(number)", ApiGateway.ApiKey(enabled: true))
            let plan = stack.add(
                "Plan\(number)",
                ApiGateway.UsagePlan(
                    apiStages: [ApiGateway.UsagePlan.ApiStage(apiId: api.ref, stage: stage.ref)],
                    throttle: ApiGateway.UsagePlan.ThrottleSettings(burstLimit: 200, rateLimit: .whole(100))))
            stack.add("PlanKey\(number)", ApiGateway.UsagePlanKey(keyId: key.ref, keyType: .apiKey, usagePlanId: plan.ref))
        }
        return stack
    }
}
