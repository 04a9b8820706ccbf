// Imported by `stackgen import` from infrastructure/appsync/template.yaml; edit freely.
import StackgenCore

/// `ai-bartender-appsync` (eu-west-1): AppSync Events API.
public enum AppsyncStack {
    public struct Outputs: Sendable {
        public let apiId: Output<String>
    }

    public static func make() -> (stack: Stack, outputs: Outputs) {
        let name = "ai-bartender-appsync"
        var stack = Stack(name, region: .euWest1, description: "AppSync Events API")
        _ = stack.parameter("Application", type: .string, of: String.self, default: .string("ai-bartender"))
        stack.add("EventsApi", GenericResource("AWS::AppSync::Api", properties: [
            "EventConfig": .map([
                "AuthProviders": .list([
                    .map([
                        "AuthType": .string("API_KEY"),
                    ]),
                ]),
                "ConnectionAuthModes": .list([
                    .map([
                        "AuthType": .string("API_KEY"),
                    ]),
                ]),
                "DefaultPublishAuthModes": .list([
                    .map([
                        "AuthType": .string("API_KEY"),
                    ]),
                ]),
                "DefaultSubscribeAuthModes": .list([
                    .map([
                        "AuthType": .string("API_KEY"),
                    ]),
                ]),
            ]),
            "Name": .sub("${Application}-events", variables: [:]),
        ]))
        let apiIdOutput = stack.output("ApiId", Value<String>(expression: .getAtt(Address(stack: name, logicalID: "EventsApi", kind: .resource), attribute: "ApiId")), exportName: "ai-bartender-events:api-id")
        return (stack, Outputs(apiId: apiIdOutput))
    }
}
