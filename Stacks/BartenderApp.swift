import StackgenCatalogSupport

/// The 'ai-bartender' app: the 11 SAM stacks of the AI Bartender (serverless-handbook,
/// `Solutions/ai-bartender-agent/aws/`) and the two scripts of its deploy order.
///
/// Each stack is a struct holding its `Stack` and the handles other stacks use; consumers
/// take their producers in their initializers, so every cross-stack value (and with it
/// every export, import, parameter binding and plan edge) comes from a typed reference.
public enum BartenderApp {
    public static var app: App {
        var app = App(
            "ai-bartender", description: "AI Bartender: serverless cocktail menu, ordering and chat agent.",
            region: .euWest1, sourceRoot: "bartender")
        let hostingSSL = HostingSSLStack()
        let datastore = DatastoreStack()
        let auth = AuthStack()
        let eventBus = EventBusStack()
        let events = EventsStack()
        let hosting = HostingStack(certificate: hostingSSL)
        let api = ApiStack(datastore: datastore, auth: auth, eventBus: eventBus, events: events, hosting: hosting)
        let agentCore = AgentCoreStack(datastore: datastore)
        let chatApi = ChatApiStack(agentCore: agentCore)
        let imageGeneration = ImageGenerationStack(eventBus: eventBus)
        let imageProcessing = ImageProcessingStack(datastore: datastore, hosting: hosting)
        app.add([
            hostingSSL.stack, datastore.stack, auth.stack, eventBus.stack, events.stack, hosting.stack, api.stack,
            agentCore.stack, chatApi.stack, imageGeneration.stack, imageProcessing.stack,
        ])

        app.add(
            ScriptStep(
                "database-schema-upgrade", command: "cd database/schema-manager && python schema_manager.py --action upgrade",
                description: "Applies the database schema to the new DSQL cluster before the api serves requests.",
                after: [datastore.stack.name], before: [api.stack.name]))
        app.add(
            ScriptStep(
                "jwt-keys-setup", command: "cd aws/services/api && python3 setup-jwt-keys.py --profile \"$AWS_PROFILE\"",
                description: "One-time: stores the RSA key pair in the JWTKeysSecret the api stack creates.",
                after: [api.stack.name]))
        return app
    }
}

/// Values every stack of the app shares.
enum Bartender {
    /// The real templates declare the SAM transform even where they hold no SAM resource;
    /// kept, as they are deployed with `sam deploy`.
    static let samTransform = "AWS::Serverless-2016-10-31"
}
