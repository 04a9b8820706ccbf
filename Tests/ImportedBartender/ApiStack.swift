// Imported by `stackgen import` from services/api/template.yaml; edit freely.
import StackgenCore
import StackgenServerless

/// `ai-bartender-api` (eu-west-1): REST API.
public enum ApiStack {
    public struct Outputs: Sendable {
        public let apiUrl: Output<String>
    }

    public static func make(appsyncStack: AppsyncStack.Outputs, datastoreStack: DatastoreStack.Outputs, hostingStack: HostingStack.Outputs) -> (stack: Stack, outputs: Outputs) {
        let name = "ai-bartender-api"
        var stack = Stack(name, region: .euWest1, description: "REST API")
        stack.transforms = ["AWS::Serverless-2016-10-31"]
        stack.globals = [
            "Function": .map([
                "Runtime": .string("python3.13"),
                "Timeout": .integer(30),
            ]),
        ]
        _ = stack.parameter("UserPoolId", type: .string, of: String.self, description: "Copied by hand from the auth stack's outputs")
        stack.add("DrinksFunction", Serverless.Function(
            codeUri: "src/",
            environment: .init(
                variables: [
                    "DSQL_ENDPOINT": datastoreStack.clusterEndpoint.value,
                    "EVENTS_API_ID": appsyncStack.apiId.value,
                    "FRONTEND_BUCKET": hostingStack.frontendBucketName.value,
                    "USER_POOL_ID": Value(expression: .ref(Address(stack: name, logicalID: "UserPoolId", kind: .parameter))),
                ]
            ),
            events: [
                "List": .init(unchecked: .map([
                    "Properties": .map([
                        "Method": .string("get"),
                        "Path": .string("/drinks"),
                    ]),
                    "Type": .string("Api"),
                ])),
            ],
            handler: "drinks.handler"
        ))
        let apiUrlOutput = stack.output("ApiUrl", Value<String>(expression: .sub("https://${ServerlessRestApi}.execute-api.${AWS::Region}.amazonaws.com/Prod/", variables: [:])), exportName: "ai-bartender-api-ApiUrl")
        return (stack, Outputs(apiUrl: apiUrlOutput))
    }
}
