import StackgenBedrockAgentCore
import StackgenDynamoDB
import StackgenLambda
import StackgenS3
import StackgenServerless
import Testing

@Suite("Schema shapes")
struct ShapeTests {
    @Test func oneOfBecomesExactlyOneFactory() {
        var stack = Stack("agentcore")
        let tools = stack.add(
            "McpToolsFunction", Serverless.Function(codeUri: "src/mcp", handler: "app.handler"))
        let target = BedrockAgentCore.GatewayTarget(
            targetConfiguration: .mcp(
                .lambda(
                    .init(
                        lambdaArn: tools.arn,
                        toolSchema: .inlinePayload([
                            .init(
                                description: "list drinks", inputSchema: .init(type: .object),
                                name: "getDrinks")
                        ])))),
            credentialProviderConfigurations: [.init(credentialProviderType: .gatewayIamRole)],
            name: "DrinksTools")
        #expect(
            target.properties["TargetConfiguration"] == [
                "Mcp": [
                    "Lambda": [
                        "LambdaArn": tools.arn.expression,
                        "ToolSchema": [
                            "InlinePayload": [
                                [
                                    "Description": "list drinks", "InputSchema": ["Type": "object"],
                                    "Name": "getDrinks",
                                ]
                            ]
                        ],
                    ]
                ]
            ])
        #expect(
            target.properties["CredentialProviderConfigurations"] == [
                ["CredentialProviderType": "GATEWAY_IAM_ROLE"]
            ])
    }

    @Test func stringOrStructTakesEither() {
        let zipped = Serverless.Function(codeUri: "src/orders")
        #expect(zipped.properties["CodeUri"] == "src/orders")
        let fromS3 = Serverless.Function(codeUri: .init(bucket: "artifacts", key: "orders.zip"))
        #expect(fromS3.properties["CodeUri"] == ["Bucket": "artifacts", "Key": "orders.zip"])
        let api = Serverless.Api(stageName: "v1", endpointConfiguration: "REGIONAL")
        #expect(api.properties["EndpointConfiguration"] == "REGIONAL")
    }

    @Test func nestedStructTakesAnIntrinsic() {
        var stack = Stack("hosting")
        let isProd = stack.condition("IsProd", Fn.equals(AWS.stackName, "prod"))
        let bucket = S3.Bucket(
            versioningConfiguration: .intrinsic(
                Fn.if(isProd, S3.Bucket.VersioningConfiguration(status: .enabled).value, else: AWS.noValue())))
        #expect(
            bucket.properties["VersioningConfiguration"]
                == .if(condition: "IsProd", then: ["Status": "Enabled"], else: .pseudo(.noValue)))
    }

    @Test func listOfStructsTakesAnIntrinsic() {
        let table = DynamoDB.Table(
            keySchema: .intrinsic(AWS.noValue()), billingMode: .custom("PROVISIONED_NEXT"))
        #expect(table.properties["KeySchema"] == .pseudo(.noValue))
        #expect(table.properties["BillingMode"] == "PROVISIONED_NEXT")
    }

    @Test func wildcardEnumValueIsAll() {
        let url = Lambda.Url(authType: .noneValue, targetFunctionArn: "arn", cors: .init(allowMethods: [.all]))
        #expect(url.properties["Cors"] == ["AllowMethods": ["*"]])
    }
}
