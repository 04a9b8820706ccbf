import StackgenApiGateway
import StackgenCertificateManager
import StackgenRoute53
import StackgenSecretsManager
import StackgenServerless

/// `ai-bartender-api`: the REST API (stage `v1`, regional, custom domain) with its 26
/// functions, three Lambda `REQUEST` authorizers, API keys and usage plans, and the two
/// secrets. The concerns live in extensions: authorizers, keys, public and admin routes.
///
/// Every value from another stack arrives through the producers' handles: the DSQL
/// endpoint, roles and users (datastore), the bus (eventbus), the AppSync endpoint and key
/// (events), the images bucket (hosting) and, no longer copied by hand, the user pool id and
/// client id (auth).
struct ApiStack {
    var stack = Stack("ai-bartender-api", description: "AI Bartender API - Lambda functions and API Gateway with Custom Domain")

    /// What the functions read from the stack's parameters and the other stacks.
    struct Context {
        let application: Parameter<String>
        let api: Resource<Serverless.Api>
        let jwtKeys: Resource<SecretsManager.Secret>
        let datastore: DatastoreStack
        let eventBus: EventBusStack
        let events: EventsStack
        let hosting: HostingStack
    }

    init(datastore: DatastoreStack, auth: AuthStack, eventBus: EventBusStack, events: EventsStack, hosting: HostingStack) {
        let application = stack.parameter("Application", default: "ai-bartender", description: "Name of owning application")
        let domainName = stack.parameter("ApiDomainName", description: "Custom domain name for API Gateway")
        let hostedZoneID = stack.parameter("HostedZoneId", description: "Route53 Hosted Zone ID")
        let enableCaching = stack.parameter(
            "EnableApiCaching", default: "false", description: "Enable API Gateway caching for public endpoints",
            allowedValues: ["true", "false"])
        let cacheSize = stack.parameter(
            "ApiCacheSizeGb", default: "0.5", description: "API Gateway cache size in GB",
            allowedValues: ["0.5", "1.6", "6.1", "13.5", "28.4", "58.2", "118", "237"])
        let caching = stack.condition("CachingEnabled", Fn.equals(enableCaching.value, "true"))

        let sharedLayer = stack.add(
            "SharedLayer",
            Serverless.LayerVersion(
                contentUri: "src/shared/python/", compatibleArchitectures: ["arm64"], compatibleRuntimes: ["python3.13"],
                description: "Shared utilities for Lambda functions (cache_utils, event_publisher)",
                layerName: "\(application.value)-shared-layer"))
        stack.setGlobals(
            Serverless.Globals.Function(
                architectures: ["arm64"], layers: [sharedLayer.ref], runtime: "python3.13", timeout: 30, tracing: .active))
        stack.setGlobals(Serverless.Globals.Api(tracingEnabled: true))

        let certificate = stack.add(
            "ApiSSLCertificate",
            CertificateManager.Certificate(
                domainName: domainName.value,
                domainValidationOptions: [.init(domainName: domainName.value, hostedZoneId: hostedZoneID.value)],
                tags: [Tag(key: "Application", value: application.value)], validationMethod: "DNS"))
        let jwtKeys = stack.add(
            "JWTKeysSecret",
            SecretsManager.Secret(
                description: "RSA key pair for JWT token signing and verification",
                generateSecretString: .init(
                    excludeCharacters: "\"@/\\", generateStringKey: "placeholder",
                    secretStringTemplate: "{\"algorithm\": \"RS256\"}"),
                name: "\(application.value)/jwt-keys"))

        let authorizers = addAuthorizers(application: application, auth: auth, datastore: datastore, jwtKeys: jwtKeys)
        let api = addRestApi(application: application, caching: caching, cacheSize: cacheSize, authorizers: authorizers)

        let domain = stack.add(
            "ApiDomainNameResource",
            ApiGateway.DomainName(
                domainName: domainName.value, endpointConfiguration: .init(types: ["REGIONAL"]),
                regionalCertificateArn: certificate.ref, securityPolicy: "TLS_1_2"))
        stack.add(
            "ApiBasePathMapping", ApiGateway.BasePathMapping(domainName: domain.ref, restApiId: api.ref, stage: "v1"),
            dependsOn: [Self.stage])
        stack.add(
            "ApiDnsRecord",
            Route53.RecordSet(
                name: domainName.value, type: "A",
                aliasTarget: .init(dnsName: domain.regionalDomainName, hostedZoneId: domain.regionalHostedZoneId),
                hostedZoneId: hostedZoneID.value))

        let keys = addApiKeys(application: application, api: api)
        let context = Context(
            application: application, api: api, jwtKeys: jwtKeys, datastore: datastore, eventBus: eventBus, events: events,
            hosting: hosting)
        addCorsPreflight(context)
        addPublicRoutes(context)
        addAdminRoutes(context)

        stack.output(
            "ApiUrl", "https://\(api.ref).execute-api.\(AWS.region).amazonaws.com/v1",
            description: "API Gateway endpoint URL (direct)", exportName: "ai-bartender-api-ApiUrl", usedOutside: outsideConsumers)
        stack.output(
            "ApiCustomDomainUrl", "https://\(domainName.value)", description: "API Gateway custom domain URL",
            exportName: "ai-bartender-api-ApiCustomDomainUrl", usedOutside: outsideConsumers)
        stack.output("ApiId", api.ref, description: "API Gateway ID", exportName: "ai-bartender-api-ApiId", usedOutside: outsideConsumers)
        stack.output(
            "PublicApiKey", keys.publicKey.ref, description: "Public API Key for frontend application",
            exportName: "ai-bartender-api-PublicApiKey", usedOutside: outsideConsumers)
        stack.output(
            "AdminApiKey", keys.adminKey.ref, description: "Admin API Key for admin operations",
            exportName: "ai-bartender-api-AdminApiKey", usedOutside: outsideConsumers)
        stack.output(
            "PublicUsagePlanId", keys.publicPlan.ref, description: "Public Usage Plan ID",
            exportName: "ai-bartender-api-PublicUsagePlanId", usedOutside: outsideConsumers)
        stack.output(
            "AdminUsagePlanId", keys.adminPlan.ref, description: "Admin Usage Plan ID",
            exportName: "ai-bartender-api-AdminUsagePlanId", usedOutside: outsideConsumers)
        stack.output(
            "McpToolsApiKeySecretArn", keys.mcpToolsSecret.ref,
            description: "ARN of the Secrets Manager secret containing the MCP tools API key",
            exportName: "ai-bartender-api-McpToolsApiKeySecretArn", usedOutside: outsideConsumers)
        stack.output(
            "McpToolsApiKeySecretName", "\(application.value)/mcp-tools-api-key",
            description: "Name of the Secrets Manager secret containing the MCP tools API key",
            exportName: "ai-bartender-api-McpToolsApiKeySecretName", usedOutside: outsideConsumers)
    }

    /// The stage SAM generates for `AiBartenderApi` (`StageName: v1`); what names the stage
    /// (base path mapping, API keys, usage plans) must wait for it.
    static let stage = GeneratedResource("AiBartenderApiv1Stage")

    private mutating func addRestApi(
        application: Parameter<String>, caching: Condition, cacheSize: Parameter<String>, authorizers: Authorizers
    ) -> Resource<Serverless.Api> {
        let cached: Value<Bool> = Fn.if(caching, true, else: false)
        // GET /sections, /drinks and /drinks/{id} are cached for an hour when caching is on;
        // admin writes invalidate the cache.
        let cachedReads: [Serverless.Api.MethodSetting] = ["/sections", "/drinks", "/drinks/{id}"].map { path in
            .init(cacheDataEncrypted: true, cacheTtlInSeconds: .whole(3600), cachingEnabled: cached, httpMethod: "GET", resourcePath: path)
        }
        let allowHeaders = "'Content-Type,X-Amz-Date,Authorization,X-Api-Key,X-Amz-Security-Token,X-Registration-Code'"
        func gatewayResponse(status: Int?, methods: Bool, error: (code: String, message: String)?) -> Expr {
            var headers: [String: Expr] = ["Access-Control-Allow-Origin": "'*'", "Access-Control-Allow-Headers": .string(allowHeaders)]
            if methods { headers["Access-Control-Allow-Methods"] = "'GET,POST,PUT,DELETE,OPTIONS'" }
            var response: [String: Expr] = ["ResponseParameters": ["Headers": .map(headers)]]
            if let status { response["StatusCode"] = .integer(status) }
            if let error {
                response["ResponseTemplates"] = [
                    "application/json": .string("{\"error\": {\"code\": \"\(error.code)\", \"message\": \"\(error.message)\"}}")
                ]
            }
            return .map(response)
        }
        return stack.add(
            "AiBartenderApi",
            Serverless.Api(
                stageName: "v1",
                alwaysDeploy: true,
                apiKeySourceType: "HEADER",
                auth: .init(
                    addDefaultAuthorizerToCorsPreflight: false, apiKeyRequired: true,
                    authorizers: authorizers.definitions, defaultAuthorizer: "JWTAuthorizer"),
                cacheClusterEnabled: cached,
                cacheClusterSize: Fn.if(caching, cacheSize.value, else: AWS.noValue()),
                cors: .init(
                    allowOrigin: "'*'", allowHeaders: "'Content-Type,Authorization,X-Amz-Date,X-Api-Key,X-Amz-Security-Token'",
                    allowMethods: "'GET,PUT,POST,DELETE,OPTIONS'"),
                endpointConfiguration: "REGIONAL",
                gatewayResponses: [
                    "DEFAULT_4XX": gatewayResponse(status: nil, methods: true, error: nil),
                    "DEFAULT_5XX": gatewayResponse(status: nil, methods: true, error: nil),
                    "UNAUTHORIZED": gatewayResponse(
                        status: 401, methods: false, error: ("UNAUTHORIZED", "Authentication required")),
                    "ACCESS_DENIED": gatewayResponse(
                        status: 403, methods: false, error: ("ACCESS_DENIED", "Insufficient permissions")),
                ],
                methodSettings: .init(
                    [.init(cachingEnabled: false, httpMethod: "*", resourcePath: "/*")] + cachedReads),
                name: "\(application.value)-api",
                openApiVersion: "3.0.1"))
    }
}
