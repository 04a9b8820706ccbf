import StackgenApiGatewayV2
import StackgenDynamoDB
import StackgenLambda
import StackgenServerless

/// Unit 2, AgentCore orchestration: the WebSocket API (throttled at 50 rps / 100 burst),
/// the sessions table, and the connect, disconnect and message functions behind its routes.
struct CentliOrchestration {
    @discardableResult
    init(in stack: inout Stack, foundation: CentliFoundation, environment: Value<String>) {
        let api = stack.add(
            "CentliWebSocketAPI",
            ApiGatewayV2.Api(
                name: "centli-websocket-api", protocolType: "WEBSOCKET", routeSelectionExpression: "$request.body.action",
                tags: ["Project": "CENTLI", "Environment": environment, "Unit": "AgentCoreOrchestration"]))
        stack.add(
            "CentliWebSocketStage",
            ApiGatewayV2.Stage(
                apiId: api.ref, stageName: "prod", autoDeploy: true,
                defaultRouteSettings: .init(throttlingBurstLimit: 100, throttlingRateLimit: .whole(50)),
                tags: ["Project": "CENTLI", "Environment": environment]))

        let sessions = stack.add(
            "CentliSessionsTable",
            DynamoDB.Table(
                keySchema: [.init(attributeName: "session_id", keyType: .hash)],
                attributeDefinitions: [
                    .init(attributeName: "session_id", attributeType: .s), .init(attributeName: "user_id", attributeType: .s),
                ],
                billingMode: .payPerRequest,
                globalSecondaryIndexes: [
                    .init(indexName: "user-index", keySchema: [.init(attributeName: "user_id", keyType: .hash)], projection: .init(projectionType: .all))
                ],
                sseSpecification: .init(sseEnabled: true),
                tableName: "centli-sessions",
                tags: CentliStack.tags(environment, unit: "AgentCoreOrchestration"),
                timeToLiveSpecification: .init(enabled: true, attributeName: "expires_at")))

        let tags: Value<[String: String]> = ["Unit": "AgentCoreOrchestration"]
        func function(_ id: String, _ name: String, _ code: String, _ variables: Value<[String: String]>) -> Resource<Serverless.Function> {
            stack.add(
                id,
                Serverless.Function(
                    codeUri: .string("src_aws/\(code)/"), environment: .init(variables: variables), functionName: .init(name),
                    handler: "\(code).lambda_handler", role: foundation.role.arn, tags: tags))
        }
        let connect = function("ConnectFunction", "centli-app-connect", "app_connect", ["SESSIONS_TABLE": sessions.ref])
        let disconnect = function("DisconnectFunction", "centli-app-disconnect", "app_disconnect", ["SESSIONS_TABLE": sessions.ref])
        let message = function(
            "MessageFunction", "centli-app-message", "app_message",
            [
                "SESSIONS_TABLE": sessions.ref, "EVENT_BUS_NAME": foundation.eventBus.ref,
                // Empty in the template: the Bedrock agent was created by hand afterwards.
                "AGENTCORE_ID": "", "ASSETS_BUCKET": foundation.assetsBucket.ref,
            ])

        // Each route → integration → function, with the permission API Gateway needs.
        let routes: [(route: String, key: String, integration: String, permission: String, function: Resource<Serverless.Function>)] = [
            ("ConnectRoute", "$connect", "ConnectIntegration", "ConnectPermission", connect),
            ("DisconnectRoute", "$disconnect", "DisconnectIntegration", "DisconnectPermission", disconnect),
            ("DefaultRoute", "$default", "MessageIntegration", "MessagePermission", message),
        ]
        for entry in routes {
            let integration = stack.add(
                entry.integration,
                ApiGatewayV2.Integration(
                    apiId: api.ref, integrationType: "AWS_PROXY",
                    integrationUri:
                        "arn:\(AWS.partition):apigateway:\(AWS.region):lambda:path/2015-03-31/functions/\(entry.function.arn)/invocations"))
            stack.add(
                entry.route,
                ApiGatewayV2.Route(
                    apiId: api.ref, routeKey: .init(entry.key),
                    authorizationType: entry.key == "$connect" ? "NONE" : nil,
                    target: "integrations/\(integration.ref)"))
            stack.add(
                entry.permission,
                Lambda.Permission(
                    action: "lambda:InvokeFunction", functionName: entry.function.ref, principal: "apigateway.amazonaws.com",
                    sourceArn: "arn:\(AWS.partition):execute-api:\(AWS.region):\(AWS.accountID):\(api.ref)/*"))
        }

        let export = CentliStack.exportName
        stack.output(
            "WebSocketURL", "wss://\(api.ref).execute-api.\(AWS.region).amazonaws.com/prod",
            description: "WebSocket API URL for real-time communication", exportName: export("WebSocketURL"), usedOutside: CentliStack.outsideConsumers)
        stack.output("WebSocketAPIId", api.ref, description: "WebSocket API ID", exportName: export("WebSocketAPIId"), usedOutside: CentliStack.outsideConsumers)
        stack.output("SessionsTableName", sessions.ref, description: "DynamoDB Sessions Table Name", exportName: export("SessionsTableName"), usedOutside: CentliStack.outsideConsumers)
        stack.output("SessionsTableArn", sessions.arn, description: "DynamoDB Sessions Table ARN", exportName: export("SessionsTableArn"), usedOutside: CentliStack.outsideConsumers)
        stack.output("ConnectFunctionArn", connect.arn, description: "Connect Lambda Function ARN", exportName: export("ConnectFunctionArn"), usedOutside: CentliStack.outsideConsumers)
        stack.output("DisconnectFunctionArn", disconnect.arn, description: "Disconnect Lambda Function ARN", exportName: export("DisconnectFunctionArn"), usedOutside: CentliStack.outsideConsumers)
        stack.output("MessageFunctionArn", message.arn, description: "Message Lambda Function ARN", exportName: export("MessageFunctionArn"), usedOutside: CentliStack.outsideConsumers)
    }
}
