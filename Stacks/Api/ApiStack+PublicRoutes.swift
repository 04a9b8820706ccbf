import StackgenServerless

/// The CORS preflight handler and the guest-facing routes: menu reads (API key only),
/// orders (`UserAuthorizer`), registration and token refresh.
extension ApiStack {
    /// One function answers `OPTIONS` on every path; preflights carry no token or key.
    mutating func addCorsPreflight(_ context: Context) {
        let paths: KeyValuePairs<String, String> = [
            "OptionsSections": "/sections", "OptionsDrinks": "/drinks", "OptionsDrinkById": "/drinks/{id}",
            "OptionsOrders": "/orders", "OptionsOrderById": "/orders/{id}", "OptionsAdminDrinks": "/admin/drinks",
            "OptionsAdminDrinkById": "/admin/drinks/{id}", "OptionsAdminOrders": "/admin/orders",
            "OptionsAdminOrderById": "/admin/orders/{id}", "OptionsAdminSections": "/admin/sections",
            "OptionsAdminSectionById": "/admin/sections/{id}", "OptionsAdminImagesUploadUrl": "/admin/images/upload-url",
            "OptionsAdminRegistrationCodes": "/admin/registration-codes",
            "OptionsAdminRegistrationCodeById": "/admin/registration-codes/{code}", "OptionsRegister": "/register",
            "OptionsAuthRefresh": "/auth/refresh",
        ]
        var events: [String: Serverless.Function.Event] = [:]
        for (name, path) in paths {
            events[name] = .api(
                .init(
                    method: "OPTIONS", path: .init(path), auth: .init(apiKeyRequired: false, authorizer: "NONE"),
                    restApiId: context.api.ref))
        }
        stack.add(
            "CorsOptionsFunction",
            Serverless.Function(
                codeUri: "src/corsOptions/", description: "CORS preflight OPTIONS handler",
                environment: .init(variables: ["ALLOWED_ORIGIN": "*"]), events: .init(events), handler: "handler.handler",
                policies: ["AWSLambdaBasicExecutionRole"]))
    }

    mutating func addPublicRoutes(_ context: Context) {
        let appSync: [String: Value<String>] = [
            "APPSYNC_EVENTS_HTTP_ENDPOINT": context.events.apiDNS.value, "APPSYNC_EVENTS_API_KEY": context.events.apiKey.value,
        ]
        let jwtSecret: [String: Value<String>] = ["JWT_KEYS_SECRET_NAME": context.jwtKeys.ref]
        let readJWTSecret: [IAM.PolicyStatement] = [.allow(["secretsmanager:GetSecretValue"], on: [context.jwtKeys.ref])]
        let routes: [RouteFunction] = [
            .init(
                logicalID: "GetSectionsFunction", code: "src/getSections/", description: "Get all drink sections",
                database: .reader, event: "GetSections", method: "GET", path: "/sections", guarded: .none),
            .init(
                logicalID: "GetDrinksFunction", code: "src/getDrinks/", description: "Get all drinks with optional filtering",
                database: .reader, event: "GetDrinks", method: "GET", path: "/drinks", guarded: .none),
            .init(
                logicalID: "GetDrinkByIdFunction", code: "src/getDrinkById/", description: "Get a specific drink by ID",
                database: .reader, event: "GetDrinkById", method: "GET", path: "/drinks/{id}", guarded: .none,
                // The id is part of the cache key.
                requestParameters: [["method.request.path.id": ["Required": true, "Caching": true]]]),
            .init(
                logicalID: "CreateOrderFunction", code: "src/createOrder/", description: "Create a new order",
                database: .writer, environment: appSync, event: "CreateOrder", method: "POST", path: "/orders",
                guarded: .user),
            .init(
                logicalID: "GetOrderStatusFunction", code: "src/getOrderStatus/",
                description: "Get order status for authenticated user", database: .reader, event: "GetOrderStatus",
                method: "GET", path: "/orders/{id}", guarded: .user),
            .init(
                logicalID: "GetMyOrdersFunction", code: "src/getMyOrders/", description: "Get orders for authenticated user",
                database: .reader, event: "GetMyOrders", method: "GET", path: "/orders", guarded: .user),
            .init(
                logicalID: "RegisterFunction", code: "src/register/", handler: "handler.lambda_handler",
                description: "User registration endpoint", database: .writer,
                environment: jwtSecret.merging(["POWERTOOLS_SERVICE_NAME": "register", "POWERTOOLS_LOG_LEVEL": "INFO"]) { a, _ in a },
                statements: readJWTSecret, event: "Register", method: "POST", path: "/register", guarded: .registration),
            .init(
                logicalID: "RefreshTokenFunction", code: "src/refreshToken/", handler: "handler.lambda_handler",
                description: "Refresh access token using refresh token", database: .writer,
                environment: jwtSecret.merging(["POWERTOOLS_SERVICE_NAME": "refresh-token", "POWERTOOLS_LOG_LEVEL": "INFO"]) {
                    a, _ in a
                },
                statements: readJWTSecret, event: "RefreshToken", method: "POST", path: "/auth/refresh", guarded: .none),
        ]
        for route in routes { add(route, context) }
    }
}
