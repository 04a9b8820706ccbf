import StackgenApiGatewayV2
import StackgenLambda

/// The HTTP API: every route to the function (payload 2.0), CORS for the site, and the
/// `$default` stage with the throttling the seed promises.
struct DigitalTwinHttpApi {
    let api: Resource<ApiGatewayV2.Api>
    let url: Value<String>

    init(in stack: inout Stack, env: String, function: Resource<Lambda.Function>) {
        api = stack.add(
            "DigitalTwinChatApi",
            ApiGatewayV2.Api(
                corsConfiguration: .init(
                    allowHeaders: ["Content-Type", "Authorization", "X-Amz-Date", "X-Api-Key", "X-Amz-Security-Token"],
                    allowMethods: ["GET", "POST", "OPTIONS"],
                    allowOrigins: ["*"],
                    maxAge: 3600),
                description: .init("Digital Twin Chat API (\(env))"),
                name: .init("digital-twin-chat-api-\(env)"),
                protocolType: "HTTP"))
        let integration = stack.add(
            "DigitalTwinChatApiDefaultRouteLambdaIntegration",
            ApiGatewayV2.Integration(
                apiId: api.ref, integrationType: "AWS_PROXY", integrationUri: function.arn, payloadFormatVersion: "2.0"))
        stack.add(
            "DigitalTwinChatApiDefaultRouteLambdaIntegrationPermission",
            Lambda.Permission(
                action: "lambda:InvokeFunction", functionName: function.arn, principal: "apigateway.amazonaws.com",
                sourceArn: "arn:\(AWS.partition):execute-api:\(AWS.region):\(AWS.accountID):\(api.ref)/*/*"))
        stack.add(
            "DigitalTwinChatApiDefaultRoute",
            ApiGatewayV2.Route(
                apiId: api.ref, routeKey: "$default", authorizationType: "NONE", target: "integrations/\(integration.ref)"))
        stack.add(
            "DigitalTwinChatApiDefaultStage",
            ApiGatewayV2.Stage(
                apiId: api.ref, stageName: "$default", autoDeploy: true,
                defaultRouteSettings: .init(
                    throttlingBurstLimit: .init(DigitalTwinSettings.throttlingBurstLimit),
                    throttlingRateLimit: .whole(DigitalTwinSettings.throttlingRateLimit))))
        url = "https://\(api.ref).execute-api.\(AWS.region).\(AWS.urlSuffix)/"
    }
}
