import StackgenCatalogSupport

/// Seed 001, the PetStore chat: a pet catalogue behind API Gateway, exposed to an LLM agent
/// through an AgentCore MCP gateway, with a static chat page on CloudFront.
///
/// The source repository has no IaC (AWS CLI and boto3 scripts); this is the four-stack
/// split of the fact sheet, all in us-east-1. The gateway stack uses the backend's REST API
/// and stage and the auth stack's user pool and client, so it deploys in the second wave.
public enum PetStoreApp {
    public static var app: App {
        var app = App(
            "petstore", description: "PetStore chat: REST API, Cognito, AgentCore MCP gateway, CloudFront site.",
            region: .usEast1, sourceRoot: "petstore")
        let backend = PetStoreBackend()
        let auth = PetStoreAuth()
        let gateway = PetStoreGateway(backend: backend, auth: auth)
        let frontend = PetStoreFrontend()
        app.add([backend.stack, auth.stack, gateway.stack, frontend.stack])
        return app
    }
}
