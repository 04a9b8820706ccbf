import StackgenServerless

/// How a route function is declared: its code, what it may touch, and the one API event
/// that invokes it. Every function gets the Globals (Python 3.13, arm64, 30 s, X-Ray, the
/// shared layer) and the 128 MB default memory.
extension ApiStack {
    /// Which authorizer guards a route; `none` still requires the API key where asked.
    enum Guard: String {
        case none = "NONE"
        case jwt = "JWTAuthorizer"
        case user = "UserAuthorizer"
        case registration = "RegistrationAuthorizer"
    }

    struct RouteFunction {
        let logicalID: String
        let code: String
        var handler = "handler.handler"
        let description: String
        let database: DatabaseAccess?
        var environment: [String: Value<String>] = [:]
        var statements: [IAM.PolicyStatement] = []
        let event: String
        let method: String
        let path: String
        let guarded: Guard
        var requestParameters: Expr? = nil
    }

    mutating func add(_ route: RouteFunction, _ context: Context) {
        let environment = (route.database?.environment(context.datastore) ?? [:]).merging(route.environment) { _, own in own }
        stack.add(
            route.logicalID,
            Serverless.Function(
                codeUri: .string(.init(route.code)),
                description: .init(route.description),
                environment: .init(variables: .init(environment)),
                events: [
                    route.event: .api(
                        .init(
                            method: .init(route.method), path: .init(route.path),
                            auth: .init(apiKeyRequired: true, authorizer: .init(route.guarded.rawValue)),
                            requestParameters: route.requestParameters, restApiId: context.api.ref))
                ],
                handler: .init(route.handler),
                policies: route.database == nil
                    ? ["AWSLambdaBasicExecutionRole", .document(IAM.PolicyDocument(statements: route.statements))]
                    : DatabaseAccess.policies(route.statements)))
    }

    /// Statements that let a function flush the stage cache after an admin write.
    static var cacheInvalidation: [IAM.PolicyStatement] {
        [
            .allow(["apigateway:GET"], on: ["arn:aws:apigateway:\(AWS.region)::/restapis"]),
            .allow(["apigateway:DELETE"], on: ["arn:aws:apigateway:\(AWS.region)::/restapis/*/stages/v1/cache/data"]),
        ]
    }

    /// What a function needs to find the API whose cache it flushes.
    static func cacheEnvironment(_ context: Context) -> [String: Value<String>] {
        ["API_NAME": "\(context.application.value)-api", "API_STAGE_NAME": "v1"]
    }
}

/// Reader or writer access to DSQL: the endpoint, the role to assume and the database user,
/// all imported from the datastore stack.
enum DatabaseAccess {
    case reader, writer

    func environment(_ datastore: DatastoreStack) -> [String: Value<String>] {
        switch self {
        case .reader:
            [
                "DSQL_CLUSTER_ENDPOINT": datastore.clusterEndpoint.value, "DATABASE_READER_ROLE": datastore.readerRoleArn.value,
                "DATABASE_USER": datastore.readerUser.value,
            ]
        case .writer:
            [
                "DSQL_CLUSTER_ENDPOINT": datastore.clusterEndpoint.value, "DATABASE_WRITER_ROLE": datastore.writerRoleArn.value,
                "DATABASE_USER": datastore.writerUser.value,
            ]
        }
    }

    /// Basic execution plus assuming the data roles and DSQL, then any route-specific statements.
    static func policies(_ statements: [IAM.PolicyStatement] = []) -> Serverless.Policies {
        [
            "AWSLambdaBasicExecutionRole",
            .document(IAM.PolicyDocument(statements: [.allow(["sts:AssumeRole"]), .allow(["dsql:*"])] + statements)),
        ]
    }
}
