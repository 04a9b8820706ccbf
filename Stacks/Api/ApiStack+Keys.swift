import StackgenApiGateway
import StackgenSecretsManager
import StackgenServerless

/// Three API keys, each with its usage plan: the frontend's public key, the admin key, and
/// the key AgentCore's MCP tools use (read-only drinks), whose value an operator copies into
/// `McpToolsApiKeySecret` after the first deploy.
extension ApiStack {
    struct ApiKeys {
        let publicKey: Resource<ApiGateway.ApiKey>
        let adminKey: Resource<ApiGateway.ApiKey>
        let publicPlan: Resource<ApiGateway.UsagePlan>
        let adminPlan: Resource<ApiGateway.UsagePlan>
        let mcpToolsSecret: Resource<SecretsManager.Secret>
    }

    /// Per-route throttles, `"<path>/<METHOD>": (rate per second, burst)`.
    private typealias Throttles = KeyValuePairs<String, (rate: Int, burst: Int)>

    private static let publicThrottles: Throttles = [
        "/sections/GET": (100, 200), "/drinks/GET": (100, 200), "/drinks/{id}/GET": (100, 200),
        "/orders/POST": (50, 100), "/orders/{id}/GET": (100, 200), "/orders/GET": (100, 200),
        "/register/POST": (10, 20), "/auth/refresh/POST": (30, 60),
    ]
    private static let adminThrottles: Throttles = [
        "/admin/drinks/GET": (100, 200), "/admin/drinks/POST": (50, 100), "/admin/drinks/{id}/PUT": (50, 100),
        "/admin/drinks/{id}/DELETE": (20, 50), "/admin/orders/GET": (100, 200), "/admin/orders/{id}/PUT": (50, 100),
        "/admin/sections/GET": (100, 200), "/admin/sections/POST": (50, 100), "/admin/sections/{id}/PUT": (50, 100),
        "/admin/sections/{id}/DELETE": (20, 50), "/admin/registration-codes/GET": (100, 200),
        "/admin/registration-codes/POST": (30, 60), "/admin/registration-codes/{code}/DELETE": (20, 50),
    ]
    // MCP tools only need read access to drinks.
    private static let mcpToolsThrottles: Throttles = ["/drinks/GET": (50, 100), "/sections/GET": (20, 50)]

    mutating func addApiKeys(application: Parameter<String>, api: Resource<Serverless.Api>) -> ApiKeys {
        let publicKey = addKey("PublicApiKey", name: "\(application.value)-public-api-key", "API key for public endpoints", api)
        let adminKey = addKey("AdminApiKey", name: "\(application.value)-admin-api-key", "API key for admin endpoints", api)
        let publicPlan = addPlan(
            "PublicUsagePlan", name: "\(application.value)-public-usage-plan", "Usage plan for public endpoints", api,
            routes: Self.publicThrottles, overall: (100, 200))
        let adminPlan = addPlan(
            "AdminUsagePlan", name: "\(application.value)-admin-usage-plan", "Usage plan for admin endpoints", api,
            routes: Self.adminThrottles, overall: (100, 200))
        stack.add("PublicUsagePlanKey", ApiGateway.UsagePlanKey(keyId: publicKey.ref, keyType: .apiKey, usagePlanId: publicPlan.ref))
        stack.add("AdminUsagePlanKey", ApiGateway.UsagePlanKey(keyId: adminKey.ref, keyType: .apiKey, usagePlanId: adminPlan.ref))

        let mcpKey = addKey(
            "McpToolsApiKey", name: "\(application.value)-mcp-tools-api-key",
            "API key for AgentCore Gateway MCP tools to access drinks API", api)
        let mcpPlan = addPlan(
            "McpToolsUsagePlan", name: "\(application.value)-mcp-tools-usage-plan",
            "Usage plan for MCP tools - read-only access to drinks", api, routes: Self.mcpToolsThrottles, overall: (50, 100))
        stack.add("McpToolsUsagePlanKey", ApiGateway.UsagePlanKey(keyId: mcpKey.ref, keyType: .apiKey, usagePlanId: mcpPlan.ref))
        // Holds a placeholder until an operator stores the key's value after the deploy.
        let mcpToolsSecret = stack.add(
            "McpToolsApiKeySecret",
            SecretsManager.Secret(
                description: "API key for AgentCore Gateway MCP tools to authenticate to drinks API",
                name: "\(application.value)/mcp-tools-api-key",
                secretString: "{\"api-key\": \"REPLACE_ME_WITH_ACTUAL_API_KEY\"}"))
        return ApiKeys(
            publicKey: publicKey, adminKey: adminKey, publicPlan: publicPlan, adminPlan: adminPlan,
            mcpToolsSecret: mcpToolsSecret)
    }

    private mutating func addKey(
        _ logicalID: String, name: Value<String>, _ description: Value<String>, _ api: Resource<Serverless.Api>
    ) -> Resource<ApiGateway.ApiKey> {
        stack.add(
            logicalID,
            ApiGateway.ApiKey(
                description: description, enabled: true, name: name, stageKeys: [.init(restApiId: api.ref, stageName: "v1")]),
            dependsOn: [Self.stage])
    }

    private mutating func addPlan(
        _ logicalID: String, name: Value<String>, _ description: Value<String>, _ api: Resource<Serverless.Api>,
        routes: Throttles, overall: (rate: Int, burst: Int)
    ) -> Resource<ApiGateway.UsagePlan> {
        var perRoute: [String: ApiGateway.UsagePlan.ThrottleSettings] = [:]
        for (route, limits) in routes {
            perRoute[route] = .init(burstLimit: .init(limits.burst), rateLimit: .whole(limits.rate))
        }
        return stack.add(
            logicalID,
            ApiGateway.UsagePlan(
                apiStages: [.init(apiId: api.ref, stage: "v1", throttle: .init(perRoute))], description: description,
                throttle: .init(burstLimit: .init(overall.burst), rateLimit: .whole(overall.rate)), usagePlanName: name),
            dependsOn: [Self.stage])
    }
}
