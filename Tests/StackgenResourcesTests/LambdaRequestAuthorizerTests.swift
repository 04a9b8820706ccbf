import StackgenServerless
import Testing

@Suite("SAM Lambda REQUEST authorizer")
struct LambdaRequestAuthorizerTests {
    @Test func requestAuthorizerHasRequestPayloadAndHeadersIdentity() {
        var stack = Stack("api")
        let authorizer = stack.add("AuthorizerFunction", Serverless.Function(codeUri: "src/authorizer", handler: "app.handler"))
        let api = Serverless.Api(
            stageName: "v1",
            auth: .init(
                authorizers: [
                    "JWTAuthorizer": .lambdaRequest(
                        functionArn: authorizer.arn, functionInvokeRole: "arn:aws:iam::123456789012:role/invoke",
                        identity: .init(headers: ["Authorization"], reauthorizeEvery: 0))
                ],
                defaultAuthorizer: "JWTAuthorizer"))
        #expect(
            api.properties["Auth"] == [
                "Authorizers": [
                    "JWTAuthorizer": [
                        "FunctionArn": authorizer.arn.expression,
                        "FunctionInvokeRole": "arn:aws:iam::123456789012:role/invoke",
                        "FunctionPayloadType": "REQUEST",
                        "Identity": ["Headers": ["Authorization"], "ReauthorizeEvery": 0],
                    ]
                ],
                "DefaultAuthorizer": "JWTAuthorizer",
            ])
    }

    @Test func emptyIdentityLeavesNoKeys() {
        #expect(Serverless.Api.LambdaRequestAuthorizerIdentity().expression == [:])
        #expect(Serverless.Api.FunctionPayloadType.request.rawValue == "REQUEST")
    }
}
