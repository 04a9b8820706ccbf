import PetStoreStacks
import StackgenCore
import Testing

/// Seed 001 as four us-east-1 stacks; the gateway needs the backend's API and the auth
/// stack's pool, the frontend stands alone.
@Suite struct PetStoreTests {
    let app: ExampleApp

    init() throws {
        app = try ExampleApp(PetStoreApp.app)
    }

    @Test func goldens() {
        AppGolden.check(PetStoreApp.app)
    }

    @Test func fourStacksInUSEast1() {
        #expect(app.stackNames == ["petstore-backend", "petstore-auth", "petstore-gateway", "petstore-frontend"])
        #expect(app.resolved.stacks.allSatisfy { $0.region == "us-east-1" })
    }

    @Test func gatewayWaitsForBackendAndAuth() {
        #expect(app.edges == ["petstore-auth → petstore-gateway", "petstore-backend → petstore-gateway"])
        #expect(app.reasons("petstore-backend", "petstore-gateway") == [
            "petstore-backend.PetStoreApi", "petstore-backend.PetStoreApiProdStage",
        ])
        #expect(app.reasons("petstore-auth", "petstore-gateway") == [
            "petstore-auth.PetStoreUserPool", "petstore-auth.PetStoreUserPoolClient",
        ])
        #expect(app.plan.waves == [["petstore-auth", "petstore-backend", "petstore-frontend"], ["petstore-gateway"]])
    }

    @Test func exportsKeepTheFactSheetNamesAndAreAllImported() throws {
        #expect(try app.exports("petstore-backend") == ["petstore-backend-RestApiId", "petstore-backend-StageName"])
        #expect(try app.exports("petstore-auth") == ["petstore-auth-UserPoolClientId", "petstore-auth-UserPoolId"])
        #expect(try app.imports("petstore-gateway") == [
            "petstore-auth-UserPoolClientId", "petstore-auth-UserPoolId",
            "petstore-backend-RestApiId", "petstore-backend-StageName",
        ])
        #expect(try app.exports("petstore-frontend").isEmpty)
        #expect(app.warnings.isEmpty)
    }

    @Test func restApiHasTheFourOperationsAndCORS() throws {
        let body = try #require(try app.properties("petstore-backend", "PetStoreApi")["Body"] as? [String: Any])
        let paths = try #require(body["paths"] as? [String: [String: [String: Any]]])
        var operations: [String: String] = [:]
        for (path, methods) in paths {
            for (method, operation) in methods { operations["\(method.uppercased()) \(path)"] = operation["operationId"] as? String }
            let integration = methods["options"]?["x-amazon-apigateway-integration"] as? [String: Any]
            #expect(integration?["type"] as? String == "mock", "OPTIONS \(path) answers CORS with MOCK")
        }
        #expect(operations["GET /pets"] == "ListPets")
        #expect(operations["POST /pets"] == "AddPet")
        #expect(operations["GET /pets/{petId}"] == "GetPetById")
        #expect(operations["POST /pets/query"] == "QueryPets")
        #expect(try app.properties("petstore-backend", "PetStoreApiProdStage")["StageName"] as? String == "prod")
        let function = try app.properties("petstore-backend", "PetStoreFunction")
        #expect(function["Runtime"] as? String == "python3.11")
        #expect(function["MemorySize"] as? Int == 256)
    }

    @Test func gatewayTargetOverridesTheTwoTools() throws {
        let target = try app.properties("petstore-gateway", "PetStoreTarget")
        let mcp = (target["TargetConfiguration"] as? [String: Any])?["Mcp"] as? [String: Any]
        let apiGateway = try #require(mcp?["ApiGateway"] as? [String: Any])
        #expect(apiGateway["RestApiId"] as? [String: String] == ["Fn::ImportValue": "petstore-backend-RestApiId"])
        let tools = try #require(apiGateway["ApiGatewayToolConfiguration"] as? [String: Any])
        let overrides = try #require(tools["ToolOverrides"] as? [[String: Any]])
        #expect(overrides.map { "\($0["Name"]!) \($0["Method"]!) \($0["Path"]!)" } == [
            "ListPets GET /pets", "QueryPets POST /pets/query",
        ])
        let outbound = target["CredentialProviderConfigurations"] as? [[String: Any]]
        #expect(outbound?.first?["CredentialProviderType"] as? String == "GATEWAY_IAM_ROLE")
        let gateway = try app.properties("petstore-gateway", "PetStoreGateway")
        #expect(gateway["AuthorizerType"] as? String == "CUSTOM_JWT")
    }
}
