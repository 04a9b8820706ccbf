import StackgenBedrockAgentCore
import StackgenIAM
import StackgenLogs
import StackgenServerless

/// `ai-bartender-agentcore`: the AgentCore MCP gateway (IAM auth) with one Lambda target
/// serving the drink tools, the bartender's memory, and the vended-logs trio that ships the
/// gateway's application logs to CloudWatch.
struct AgentCoreStack {
    var stack = Stack(
        "ai-bartender-agentcore",
        description: "AI Bartender AgentCore Infrastructure - AgentCore Gateway with MCP tools - "
            + "MCP Tool Lambda for drink operations - AgentCore Memory for conversation persistence")
    let gatewayArn: Output<String>
    let gatewayURL: Output<String>
    let memoryID: Output<String>

    init(datastore: DatastoreStack) {
        stack.transforms = [Bartender.samTransform]
        let application = stack.parameter("Application", default: "ai-bartender")
        let expiryDays = stack.parameter(
            "MemoryEventExpiryDays", type: .number, of: Int.self, default: 30,
            description: "Days to retain conversation events in short-term memory (7-365)",
            constraints: ParameterConstraints(minValue: 7, maxValue: 365))

        let tools = stack.add(
            "McpToolsFunction",
            Serverless.Function(
                architectures: ["arm64"],
                codeUri: "src/mcp-tools/",
                description: "MCP tool handler for AgentCore Gateway - provides drink-related tools",
                environment: .init(variables: [
                    "DSQL_CLUSTER_ENDPOINT": datastore.clusterEndpoint.value,
                    "DATABASE_READER_ROLE": datastore.readerRoleArn.value,
                    "DATABASE_USER": datastore.readerUser.value,
                ]),
                handler: "handler.handler",
                memorySize: 256,
                policies: [
                    "AWSLambdaBasicExecutionRole",
                    "AWSXRayDaemonWriteAccess",
                    .statements(
                        .allow(["sts:AssumeRole"], on: [datastore.readerRoleArn.value]),
                        .allow(
                            ["dsql:DbConnect"],
                            on: ["arn:aws:dsql:\(AWS.region):\(AWS.accountID):cluster/\(datastore.clusterIdentifier.value)"])),
                ],
                runtime: "python3.13",
                timeout: 30,
                tracing: .active))
        // I3010: cfn-lint's note that the memory name is fixed; the real template silences it too.
        let memory = stack.add(
            "BartenderMemory",
            BedrockAgentCore.Memory(
                eventExpiryDuration: expiryDays.value,
                name: "ai_bartender_memory",
                description: """
                    Memory store for the bartender chatbot. Stores conversation context \
                    (short-term) and learns user drink preferences over time (long-term).
                    """,
                memoryStrategies: [
                    .init(
                        userPreferenceMemoryStrategy: .init(
                            name: "DrinkPreferences",
                            description: "Extracts and stores user drink preferences (spirits, flavors, dislikes)",
                            namespaces: ["preferences/{actorId}"]))
                ]),
            metadata: ["cfn-lint": ["config": ["ignore_checks": ["I3010"]]]])
        let role = stack.add(
            "AgentCoreGatewayRole",
            IAM.Role(
                assumeRolePolicyDocument: IAM.PolicyDocument(.assumeRole(by: .service("bedrock-agentcore.amazonaws.com"))),
                policies: [
                    .init(
                        policyDocument: IAM.PolicyDocument(.allow(["lambda:InvokeFunction"], on: [tools.arn])),
                        policyName: "AgentCoreGatewayPolicy")
                ],
                roleName: "\(application.value)-agentcore-gateway-role"))
        let logGroup = stack.add(
            "GatewayLogGroup",
            Logs.LogGroup(
                logGroupName: "/aws/vendedlogs/bedrock-agentcore/gateway/APPLICATION_LOGS/\(application.value)-bartender-gateway",
                retentionInDays: 30))
        let gateway = stack.add(
            "BartenderGateway",
            BedrockAgentCore.Gateway(
                authorizerType: .awsIam, name: "\(application.value)-bartender-gateway", roleArn: role.arn,
                description: "MCP Gateway exposing drinks API for the bartender agent", exceptionLevel: .debug,
                protocolType: .mcp))
        stack.add(
            "DrinksToolsTarget",
            BedrockAgentCore.GatewayTarget(
                targetConfiguration: .mcp(.lambda(.init(lambdaArn: tools.arn, toolSchema: .inlinePayload([Self.getDrinksTool])))),
                credentialProviderConfigurations: [.init(credentialProviderType: .gatewayIamRole)],
                description: "MCP tools for drink recommendations - decoupled from API",
                gatewayIdentifier: gateway.ref,
                name: "\(application.value)-drinks-tools-target"))

        // The delivery names its source by string, so DependsOn carries that order. (The real
        // template also lists the gateway and the destination, which the GetAtts already order;
        // cfn-lint flags those as W3005, so they are left out.)
        let sourceName: Value<String> = "\(application.value)-gateway-log-source"
        let source = stack.add(
            "GatewayLogDeliverySource",
            Logs.DeliverySource(name: sourceName, logType: "APPLICATION_LOGS", resourceArn: gateway.gatewayArn))
        let destination = stack.add(
            "GatewayLogDeliveryDestination",
            Logs.DeliveryDestination(
                name: "\(application.value)-gateway-log-destination", destinationResourceArn: logGroup.arn))
        stack.add(
            "GatewayLogDelivery",
            Logs.Delivery(deliveryDestinationArn: destination.arn, deliverySourceName: sourceName),
            dependsOn: [source])

        gatewayArn = stack.output(
            "GatewayArn", gateway.gatewayArn, description: "ARN of the AgentCore Gateway",
            exportName: "ai-bartender-agentcore:gateway-arn")
        gatewayURL = stack.output(
            "GatewayUrl", gateway.gatewayUrl, description: "URL of the AgentCore Gateway (MCP endpoint)",
            exportName: "ai-bartender-agentcore:gateway-url")
        stack.output(
            "GatewayId", gateway.gatewayIdentifier, description: "ID of the AgentCore Gateway",
            exportName: "ai-bartender-agentcore:gateway-id", usedOutside: outsideConsumers)
        memoryID = stack.output(
            "MemoryId", memory.memoryId, description: "ID of the AgentCore Memory (used by Chat Lambda)",
            exportName: "ai-bartender-agentcore:memory-id")
        stack.output(
            "MemoryArn", memory.memoryArn, description: "ARN of the AgentCore Memory",
            exportName: "ai-bartender-agentcore:memory-arn", usedOutside: outsideConsumers)
        stack.output(
            "McpToolsLambdaArn", tools.arn, description: "ARN of the MCP Tools Lambda function",
            exportName: "ai-bartender-agentcore:mcp-tools-lambda-arn", usedOutside: outsideConsumers)
        stack.output(
            "GatewayLogGroupName", logGroup.ref, description: "CloudWatch Log Group for Gateway logs",
            exportName: "ai-bartender-agentcore:gateway-log-group-name", usedOutside: outsideConsumers)
        stack.output(
            "GatewayLogGroupArn", logGroup.arn, description: "ARN of the Gateway CloudWatch Log Group",
            exportName: "ai-bartender-agentcore:gateway-log-group-arn", usedOutside: outsideConsumers)
    }

    /// The one tool the gateway lists: the drinks menu, optionally filtered by section.
    private static let getDrinksTool = BedrockAgentCore.GatewayTarget.ToolDefinition(
        description: """
            Retrieves a list of all available cocktails and drinks from the menu. \
            Use this to find drinks that match customer preferences based on \
            ingredients, flavor profile, or type of drink. Returns drink names, \
            descriptions, and ingredient lists. The response includes drink ID, \
            name, description, ingredients array, and image URL for each drink.
            """,
        inputSchema: .init(
            type: .object,
            properties: [
                "section_id": .init(type: .string, description: "Optional section ID to filter drinks by category/section")
            ],
            required: []),
        name: "getDrinks")
}
