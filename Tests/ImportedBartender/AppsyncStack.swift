// Imported by `stackgen import` from infrastructure/appsync/template.yaml; edit freely.
import StackgenCore
import StackgenAppSync

/// `ai-bartender-appsync` (eu-west-1): AppSync Events API.
public enum AppsyncStack {
    public struct Outputs: Sendable {
        public let apiId: Output<String>
    }

    public static func make() -> (stack: Stack, outputs: Outputs) {
        let name = "ai-bartender-appsync"
        var stack = Stack(name, region: .euWest1, description: "AppSync Events API")
        _ = stack.parameter("Application", type: .string, of: String.self, default: .string("ai-bartender"))
        stack.add("EventsApi", AppSync.Api(
            name: Fn.sub("${Application}-events"),
            eventConfig: .init(
                authProviders: [
                    .init(
                        authType: .apiKey
                    ),
                ],
                connectionAuthModes: [
                    .init(
                        authType: .apiKey
                    ),
                ],
                defaultPublishAuthModes: [
                    .init(
                        authType: .apiKey
                    ),
                ],
                defaultSubscribeAuthModes: [
                    .init(
                        authType: .apiKey
                    ),
                ]
            )
        ))
        let apiIdOutput = stack.output("ApiId", Value<String>(expression: .getAtt(Address(stack: name, logicalID: "EventsApi", kind: .resource), attribute: "ApiId")), exportName: "ai-bartender-events:api-id")
        return (stack, Outputs(apiId: apiIdOutput))
    }
}
