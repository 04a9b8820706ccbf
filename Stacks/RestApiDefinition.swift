import StackgenCatalogSupport

/// A typed OpenAPI 3 definition for an API Gateway REST API, covering what the chat API
/// needs: Lambda proxy routes (buffered or response-streamed), API-key security and mock
/// CORS preflights. It lowers to the `DefinitionBody` of a `Serverless.Api`, inline, so the
/// Lambda ARNs inside are ordinary typed references instead of `Fn::Sub` text in a file
/// pulled in with `AWS::Include`.
struct RestApiDefinition: ExpressionConvertible {
    var title: Value<String>
    var version: String
    var paths: [Path]

    /// The header API Gateway reads the API key from (`x-api-key`), as the `api_key` scheme.
    static let apiKeyScheme = "api_key"

    struct Path {
        let path: String
        let operations: [Operation]
    }

    struct Operation {
        let method: String
        let requiresApiKey: Bool
        let responses: Expr
        let integration: Integration
    }

    /// How API Gateway hands a request to the backend.
    enum Integration {
        /// `aws_proxy` to a Lambda function.
        case lambdaProxy(functionArn: Value<String>, transferMode: TransferMode)
        /// A `MOCK` integration answering a CORS preflight.
        case corsPreflight(allowMethods: String, allowHeaders: String, allowOrigin: String)
    }

    /// REST API response transfer mode. `.stream` sends the Lambda response as it is
    /// written (`responseTransferMode: STREAM` with the 2021-11-15 response-streaming
    /// invocation path); `.buffered` waits for the whole response.
    enum TransferMode {
        case buffered, stream
    }

    var expression: Expr {
        var pathItems: [String: Expr] = [:]
        for path in paths {
            var item: [String: Expr] = [:]
            for operation in path.operations { item[operation.method.lowercased()] = operation.expression }
            pathItems[path.path] = .map(item)
        }
        return [
            "openapi": "3.0.1",
            "info": ["title": Expr(title), "version": .string(version)],
            "paths": .map(pathItems),
            "components": [
                "securitySchemes": [Self.apiKeyScheme: ["type": "apiKey", "name": "x-api-key", "in": "header"]]
            ],
        ]
    }
}

extension RestApiDefinition.Operation {
    /// `POST` to a Lambda function behind the API key.
    static func post(to functionArn: Value<String>, transferMode: RestApiDefinition.TransferMode, responses: Expr)
        -> Self
    {
        Self(
            method: "POST", requiresApiKey: true, responses: responses,
            integration: .lambdaProxy(functionArn: functionArn, transferMode: transferMode))
    }

    /// `OPTIONS` answered by API Gateway itself, open to every origin.
    static func corsPreflight(allowMethods: String, allowHeaders: String) -> Self {
        Self(
            method: "OPTIONS", requiresApiKey: false,
            responses: [
                "200": [
                    "description": "CORS preflight",
                    "headers": [
                        "Access-Control-Allow-Origin": ["schema": ["type": "string"]],
                        "Access-Control-Allow-Methods": ["schema": ["type": "string"]],
                        "Access-Control-Allow-Headers": ["schema": ["type": "string"]],
                    ],
                ]
            ],
            integration: .corsPreflight(allowMethods: allowMethods, allowHeaders: allowHeaders, allowOrigin: "*"))
    }

    var expression: Expr {
        let security: Expr = requiresApiKey ? [[RestApiDefinition.apiKeyScheme: []]] : []
        return ["security": security, "responses": responses, "x-amazon-apigateway-integration": integration.expression]
    }
}

extension RestApiDefinition.Integration {
    var expression: Expr {
        switch self {
        case .lambdaProxy(let functionArn, .buffered):
            return [
                "type": "aws_proxy", "httpMethod": "POST",
                "uri": "arn:aws:apigateway:\(AWS.region):lambda:path/2015-03-31/functions/\(functionArn)/invocations",
            ]
        case .lambdaProxy(let functionArn, .stream):
            return [
                "type": "aws_proxy", "httpMethod": "POST", "responseTransferMode": "STREAM",
                "uri":
                    "arn:aws:apigateway:\(AWS.region):lambda:path/2021-11-15/functions/\(functionArn)/response-streaming-invocations",
            ]
        case .corsPreflight(let allowMethods, let allowHeaders, let allowOrigin):
            return [
                "type": "MOCK",
                "requestTemplates": ["application/json": "{\"statusCode\": 200}"],
                "responses": [
                    "default": [
                        "statusCode": "200",
                        "responseParameters": [
                            "method.response.header.Access-Control-Allow-Headers": .string("'\(allowHeaders)'"),
                            "method.response.header.Access-Control-Allow-Methods": .string("'\(allowMethods)'"),
                            "method.response.header.Access-Control-Allow-Origin": .string("'\(allowOrigin)'"),
                        ],
                        "responseTemplates": ["application/json": "{}"],
                    ]
                ],
            ]
        }
    }
}
