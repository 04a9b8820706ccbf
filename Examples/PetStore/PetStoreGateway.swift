import StackgenBedrockAgentCore
import StackgenIAM

/// `petstore-gateway`: an AgentCore MCP gateway that turns the REST API's operations into
/// tools. Inbound, it accepts the auth stack's Cognito tokens; outbound, it calls the API
/// with its own IAM role. Needs the backend's API and stage and the auth stack's pool and
/// client, so it deploys after both.
struct PetStoreGateway {
    var stack = Stack(
        "petstore-gateway", region: .usEast1,
        description: "AgentCore MCP gateway with the PetStore REST API as its target.")

    init(backend: PetStoreBackend, auth: PetStoreAuth) {
        let role = stack.add(
            "AgentCoreGatewayRole",
            IAM.Role(
                assumeRolePolicyDocument: IAM.PolicyDocument(
                    .assumeRole(
                        by: .service("bedrock-agentcore.amazonaws.com"),
                        when: [.stringEquals("aws:SourceAccount", AWS.accountID)])),
                policies: [
                    .init(
                        policyDocument: IAM.PolicyDocument(
                            .allow(
                                ["execute-api:Invoke"],
                                on: ["arn:\(AWS.partition):execute-api:\(AWS.region):\(AWS.accountID):\(backend.api.ref)/\(backend.stage.ref)/*/*"])),
                        policyName: "invoke-petstore-api")
                ]))

        let gateway = stack.add(
            "PetStoreGateway",
            BedrockAgentCore.Gateway(
                authorizerType: .customJwt,
                name: "PetStoreGateway",
                roleArn: role.arn,
                authorizerConfiguration: .init(
                    customJWTAuthorizer: .init(
                        discoveryUrl:
                            "https://cognito-idp.\(AWS.region).amazonaws.com/\(auth.userPool.ref)/.well-known/openid-configuration",
                        allowedClients: [auth.client.ref])),
                description: "MCP gateway for Pet Store API with Bedrock integration",
                protocolType: .mcp))

        stack.add(
            "PetStoreTarget",
            BedrockAgentCore.GatewayTarget(
                targetConfiguration: .mcp(
                    .apiGateway(
                        .init(
                            apiGatewayToolConfiguration: .init(
                                toolFilters: [
                                    .init(filterPath: "/pets", methods: [.get, .post]),
                                    .init(filterPath: "/pets/{petId}", methods: [.get]),
                                    .init(filterPath: "/pets/query", methods: [.post]),
                                ],
                                toolOverrides: [
                                    .init(method: .get, name: "ListPets", path: "/pets", description: "List all pets in the store"),
                                    .init(
                                        method: .post, name: "QueryPets", path: "/pets/query",
                                        description: "Find pets matching a natural-language query"),
                                ]),
                            restApiId: backend.api.ref,
                            stage: backend.stage.ref))),
                credentialProviderConfigurations: [.init(credentialProviderType: .gatewayIamRole)],
                gatewayIdentifier: gateway.gatewayIdentifier,
                name: "PetStoreTarget"))

        // Read by the chat page's configuration; nothing in the app imports it, so no export.
        stack.output("GatewayUrl", gateway.gatewayUrl)
    }
}
