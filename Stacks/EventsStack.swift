import StackgenAppSync

/// `ai-bartender-events`: the AppSync Events API that pushes order updates to browsers,
/// with its API key and the `orders` channel namespace. Its export names start with
/// `${Application}-events:`, not the stack name; kept as deployed.
struct EventsStack {
    var stack = Stack("ai-bartender-events", description: "AI Bartender - AppSync Events API for real-time order updates")
    let apiDNS: Output<String>
    let apiKey: Output<String>

    /// The key's fixed expiry as deployed (2026-12-30); `stackgen validate` warns about it.
    static let apiKeyExpiry = 1_798_629_642

    init() {
        stack.transforms = [Bartender.samTransform]
        let application = stack.parameter("Application", default: "ai-bartender", description: "Name of owning application")
        let apiKeyAuth: PropertyList<AppSync.Api.AuthMode> = [.init(authType: .apiKey)]
        let api = stack.add(
            "OrderEventsApi",
            AppSync.Api(
                name: "\(application.value)-order-events",
                eventConfig: .init(
                    authProviders: [.init(authType: .apiKey)], connectionAuthModes: apiKeyAuth,
                    defaultPublishAuthModes: apiKeyAuth, defaultSubscribeAuthModes: apiKeyAuth)))
        let key = stack.add(
            "OrderEventsApiKey",
            AppSync.ApiKey(
                apiId: api.apiId, description: "API Key for order events real-time updates",
                expires: .whole(Self.apiKeyExpiry)))
        stack.add(
            "OrdersChannelNamespace",
            AppSync.ChannelNamespace(
                apiId: api.apiId, name: "orders", publishAuthModes: [.init(authType: .apiKey)],
                subscribeAuthModes: [.init(authType: .apiKey)]))

        stack.output("EventsApiId", api.apiId, description: "AppSync Events API ID", exportName: "ai-bartender-events:api-id", usedOutside: outsideConsumers)
        apiDNS = stack.output(
            "EventsApiDns", api.dnsHttp, description: "AppSync Events API DNS endpoint",
            exportName: "ai-bartender-events:api-dns")
        stack.output(
            "EventsApiRealtimeDns", api.dnsRealtime,
            description: "AppSync Events API Realtime DNS endpoint for WebSocket connections",
            exportName: "ai-bartender-events:api-realtime-dns", usedOutside: outsideConsumers)
        stack.output(
            "EventsApiKeyId", key.ref, description: "AppSync Events API Key ID", exportName: "ai-bartender-events:api-key-id", usedOutside: outsideConsumers)
        apiKey = stack.output(
            "EventsApiKey", key.apiKey, description: "AppSync Events API Key value", exportName: "ai-bartender-events:api-key")
    }
}
