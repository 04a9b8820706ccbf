import BartenderStacks
import StackgenCore
import StackgenEmit
import StackgenResolver
import Testing

/// Key properties of the real system that the model must keep: runtimes, memory, timeouts,
/// the DSQL cluster's protection, the SAM-generated stage in DependsOn, and the chat API's
/// streaming definition.
@Suite("AI Bartender properties")
struct BartenderPropertiesTests {
    var resolved: ResolvedApp { BartenderTests.result.resolved! }

    func resource(_ stack: String, _ logicalID: String) -> ResourceDeclaration? {
        resolved.stack(named: stack)?.resources.first { $0.logicalID == logicalID }
    }

    @Test func functionsRunPythonOnArmWithTheRealMemoryAndTimeouts() {
        let api = resolved.stack(named: "ai-bartender-api")
        #expect(
            api?.globals["Function"]
                == [
                    "Architectures": ["arm64"],
                    "Layers": [.ref(Address(stack: "ai-bartender-api", logicalID: "SharedLayer", kind: .resource))],
                    "Runtime": "python3.13", "Timeout": 30, "Tracing": "Active",
                ])
        #expect(api?.resources.allSatisfy { $0.properties["MemorySize"] == nil } == true)

        let sized: [(String, String, Int, Int)] = [
            ("ai-bartender-agentcore", "McpToolsFunction", 256, 30),
            ("ai-bartender-chat-api", "ChatStreamingFunction", 512, 120),
            ("ai-bartender-chat-api", "ChatSyncFunction", 512, 120),
            ("ai-bartender-image-processing", "ProcessImageFunction", 1024, 30),
        ]
        for (stack, id, memory, timeout) in sized {
            let properties = resource(stack, id)?.properties
            #expect(properties?["MemorySize"] == .integer(memory), "\(id)")
            #expect(properties?["Timeout"] == .integer(timeout), "\(id)")
            #expect(properties?["Runtime"] == "python3.13", "\(id)")
            #expect(properties?["Architectures"] == ["arm64"], "\(id)")
        }
        #expect(resource("ai-bartender-image-generation", "GenerateImagePromptFunction")?.properties["MemorySize"] == 256)
        #expect(
            resolved.stack(named: "ai-bartender-image-generation")?.globals["Function"] == [
                "Architectures": ["arm64"], "Runtime": "python3.13", "Timeout": 60,
            ])
    }

    @Test func datastoreClusterIsProtectedAndItsEndpointIsBuiltFromTheIdentifier() {
        #expect(resource("ai-bartender-datastore", "DSQLCluster")?.properties["DeletionProtectionEnabled"] == true)
        let endpoint = resolved.stack(named: "ai-bartender-datastore")?.outputs.first { $0.key == "DSQLClusterEndpoint" }
        let cluster = Address(stack: "ai-bartender-datastore", logicalID: "DSQLCluster", kind: .resource)
        #expect(endpoint?.value == .concat([.getAtt(cluster, attribute: "Identifier"), ".dsql.", .pseudo(.region), ".on.aws"]))
    }

    @Test func apiHasThreeRequestAuthorizersWithTheJWTOneAsDefault() {
        guard case .map(let auth)? = resource("ai-bartender-api", "AiBartenderApi")?.properties["Auth"],
            case .map(let authorizers)? = auth["Authorizers"]
        else {
            Issue.record("AiBartenderApi has no Auth.Authorizers")
            return
        }
        #expect(authorizers.keys.sorted() == ["JWTAuthorizer", "RegistrationAuthorizer", "UserAuthorizer"])
        for case .map(let authorizer) in authorizers.values { #expect(authorizer["FunctionPayloadType"] == "REQUEST") }
        #expect(auth["DefaultAuthorizer"] == "JWTAuthorizer")
        #expect(auth["ApiKeyRequired"] == true)
    }

    @Test func samGeneratedStagesAreNamedInDependsOn() {
        for id in [
            "ApiBasePathMapping", "PublicApiKey", "AdminApiKey", "PublicUsagePlan", "AdminUsagePlan", "McpToolsApiKey", "McpToolsUsagePlan",
        ] {
            #expect(resource("ai-bartender-api", id)?.dependsOn == ["AiBartenderApiv1Stage"], "\(id)")
        }
        for id in ["ChatApiBasePathMapping", "ChatApiKey", "ChatApiUsagePlan"] {
            #expect(resource("ai-bartender-chat-api", id)?.dependsOn == ["ChatApiv1Stage"], "\(id)")
        }
    }

    @Test func chatApiStreamsThroughAnInlineDefinition() {
        guard case .map(let body)? = resource("ai-bartender-chat-api", "ChatApi")?.properties["DefinitionBody"],
            case .map(let paths)? = body["paths"], case .map(let chat)? = paths["/chat"], case .map(let post)? = chat["post"],
            case .map(let integration)? = post["x-amazon-apigateway-integration"]
        else {
            Issue.record("ChatApi has no inline DefinitionBody with POST /chat")
            return
        }
        let streaming = Address(stack: "ai-bartender-chat-api", logicalID: "ChatStreamingFunction", kind: .resource)
        #expect(integration["responseTransferMode"] == "STREAM")
        #expect(
            integration["uri"]
                == .concat([
                    "arn:aws:apigateway:", .pseudo(.region), ":lambda:path/2021-11-15/functions/",
                    .getAtt(streaming, attribute: "Arn"), "/response-streaming-invocations",
                ]))
        #expect(body["openapi"] == "3.0.1")
        let text = BartenderTests.result.files.first { $0.path == "ai-bartender-chat-api.template.json" }?.contents ?? ""
        #expect(!text.contains("AWS::Include"))
        #expect(
            resource("ai-bartender-chat-api", "ChatStreamingFunction")?.properties["Environment"] == [
                "Variables": [
                    "AGENTCORE_GATEWAY_URL": .importValue("ai-bartender-agentcore:gateway-url"),
                    "AGENTCORE_MEMORY_ID": .importValue("ai-bartender-agentcore:memory-id"),
                    "AWS_LAMBDA_EXEC_WRAPPER": "/opt/bootstrap", "AWS_LWA_INVOKE_MODE": "RESPONSE_STREAM", "PORT": "8080",
                ]
            ])
    }

    @Test func agentCoreGatewayUsesIAMAndTheMemoryLearnsPreferences() {
        let gateway = resource("ai-bartender-agentcore", "BartenderGateway")?.properties
        #expect(gateway?["ProtocolType"] == "MCP")
        #expect(gateway?["AuthorizerType"] == "AWS_IAM")
        guard case .list(let strategies)? = resource("ai-bartender-agentcore", "BartenderMemory")?.properties["MemoryStrategies"],
            case .map(let strategy)? = strategies.first
        else {
            Issue.record("BartenderMemory has no strategies")
            return
        }
        #expect(Array(strategy.keys) == ["UserPreferenceMemoryStrategy"])
        #expect(resource("ai-bartender-agentcore", "GatewayLogDelivery")?.dependsOn == ["GatewayLogDeliverySource"])
    }

    @Test func appSyncEventsApiUsesApiKeysAndTheOrdersNamespace() {
        #expect(resource("ai-bartender-events", "OrderEventsApiKey")?.properties["Expires"] == .integer(1_798_629_642))
        #expect(resource("ai-bartender-events", "OrdersChannelNamespace")?.properties["Name"] == "orders")
    }
}
