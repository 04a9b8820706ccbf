import StackgenLambda

/// The REST API's body: the repository's `api-gateway-openapi.json`, with the function ARN
/// taken from the model instead of a hard-coded account. Every method has an operationId,
/// which the AgentCore gateway target requires; OPTIONS answers CORS preflights with MOCK.
enum PetStoreOpenAPI {
    static func document(invoking function: Resource<Lambda.Function>) -> Expr {
        let uri: Expr =
            "arn:\(AWS.partition):apigateway:\(AWS.region):lambda:path/2015-03-31/functions/\(function.arn)/invocations"
        let proxy: Expr = ["type": "aws_proxy", "httpMethod": "POST", "uri": uri]
        let ok: Expr = ["200": ["description": "Success"]]
        return [
            "openapi": "3.0.1",
            "info": ["title": "PetStore API", "version": "1.0"],
            "paths": [
                "/pets": [
                    "get": [
                        "operationId": "ListPets", "summary": "List all pets", "responses": ok,
                        "x-amazon-apigateway-integration": proxy,
                    ],
                    "post": [
                        "operationId": "AddPet", "summary": "Add a new pet",
                        "requestBody": jsonBody([
                            "name": "string", "type": "string", "breed": "string", "age": "integer", "price": "integer",
                        ]),
                        "responses": ok, "x-amazon-apigateway-integration": proxy,
                    ],
                    "options": cors(operationId: "PetsCORS", methods: "GET,POST,OPTIONS"),
                ],
                "/pets/{petId}": [
                    "get": [
                        "operationId": "GetPetById", "summary": "Get pet by ID",
                        "parameters": [["name": "petId", "in": "path", "required": true, "schema": ["type": "string"]]],
                        "responses": ok, "x-amazon-apigateway-integration": proxy,
                    ],
                    "options": cors(operationId: "PetByIdCORS", methods: "GET,OPTIONS"),
                ],
                "/pets/query": [
                    "post": [
                        "operationId": "QueryPets", "summary": "Query pets with natural language",
                        "requestBody": jsonBody(["query": "string"]),
                        "responses": ok, "x-amazon-apigateway-integration": proxy,
                    ],
                    "options": cors(operationId: "QueryCORS", methods: "POST,OPTIONS"),
                ],
            ],
        ]
    }

    /// A required JSON request body: an object with these property names and types.
    private static func jsonBody(_ fields: [String: String]) -> Expr {
        let properties = Expr.map(fields.mapValues { ["type": .string($0)] })
        return [
            "required": true,
            "content": ["application/json": ["schema": ["type": "object", "properties": properties]]],
        ]
    }

    /// A MOCK OPTIONS method that answers the preflight with the CORS headers.
    private static func cors(operationId: String, methods: String) -> Expr {
        let header: Expr = ["schema": ["type": "string"]]
        return [
            "operationId": .string(operationId),
            "summary": "CORS preflight",
            "responses": [
                "200": [
                    "description": "Success",
                    "headers": [
                        "Access-Control-Allow-Origin": header, "Access-Control-Allow-Methods": header,
                        "Access-Control-Allow-Headers": header,
                    ],
                ]
            ],
            "x-amazon-apigateway-integration": [
                "type": "mock",
                "requestTemplates": ["application/json": "{\"statusCode\": 200}"],
                "responses": [
                    "default": [
                        "statusCode": "200",
                        "responseParameters": [
                            "method.response.header.Access-Control-Allow-Headers":
                                "'Content-Type,X-Amz-Date,Authorization,X-Api-Key,X-Amz-Security-Token'",
                            "method.response.header.Access-Control-Allow-Methods": .string("'\(methods)'"),
                            "method.response.header.Access-Control-Allow-Origin": "'*'",
                        ],
                    ]
                ],
            ],
        ]
    }
}
