import StackgenIAM
import StackgenSecretsManager
import StackgenServerless

/// The three Lambda `REQUEST` authorizers: `JWTAuthorizer` (Cognito tokens, the default, for
/// admin routes), `UserAuthorizer` (the app's own access tokens, for orders) and
/// `RegistrationAuthorizer` (registration codes). API Gateway invokes them through one role.
extension ApiStack {
    struct Authorizers {
        let definitions: PropertyMap<Serverless.Api.Authorizer>
    }

    mutating func addAuthorizers(
        application: Parameter<String>, auth: AuthStack, datastore: DatastoreStack, jwtKeys: Resource<SecretsManager.Secret>
    ) -> Authorizers {
        // Were parameters copied by hand from the auth stack's outputs; now imports.
        let userPoolID = auth.userPoolID.value
        let clientID = auth.userPoolClientID.value
        let jwt = stack.add(
            "JWTAuthorizerFunction",
            Serverless.Function(
                codeUri: "src/authorizer/",
                description: "JWT token validator for admin endpoints",
                environment: .init(variables: [
                    "USER_POOL_ID": userPoolID, "USER_POOL_CLIENT_ID": clientID,
                    // Comma-separated list of allowed Cognito client ids.
                    "ALLOWED_CLIENT_IDS": clientID,
                ]),
                handler: "handler.handler",
                policies: [
                    "AWSLambdaBasicExecutionRole",
                    .statements(
                        .allow(
                            ["cognito-idp:GetUser", "cognito-idp:ListUsers"],
                            on: ["arn:aws:cognito-idp:\(AWS.region):\(AWS.accountID):userpool/\(userPoolID)"])),
                ]))
        let user = stack.add(
            "UserAuthorizerFunction",
            Serverless.Function(
                codeUri: "src/userAuthorizer/",
                description: "JWT access token validator for user order endpoints",
                environment: .init(variables: [
                    "JWT_KEYS_SECRET_NAME": jwtKeys.ref, "POWERTOOLS_SERVICE_NAME": "user-authorizer",
                    "POWERTOOLS_LOG_LEVEL": "INFO",
                ]),
                handler: "handler.lambda_handler",
                policies: [
                    "AWSLambdaBasicExecutionRole", .statements(.allow(["secretsmanager:GetSecretValue"], on: [jwtKeys.ref])),
                ]))
        let registration = stack.add(
            "RegistrationAuthorizerFunction",
            Serverless.Function(
                codeUri: "src/registrationAuthorizer/",
                description: "Registration code validator for user registration",
                environment: .init(variables: .init(DatabaseAccess.reader.environment(datastore))),
                handler: "handler.lambda_handler",
                policies: DatabaseAccess.policies()))

        let invokeRole = stack.add(
            "AuthorizerInvokeRole",
            IAM.Role(
                assumeRolePolicyDocument: IAM.PolicyDocument(.assumeRole(by: .service("apigateway.amazonaws.com"))),
                policies: [
                    .init(
                        policyDocument: IAM.PolicyDocument(
                            .allow(["lambda:InvokeFunction"], on: [jwt.arn, registration.arn, user.arn])),
                        policyName: "InvokeLambdaPolicy")
                ],
                roleName: "\(application.value)-authorizer-invoke-role"))

        func authorizer(_ function: Resource<Serverless.Function>, header: Value<String>) -> Serverless.Api.Authorizer {
            .lambdaRequest(
                functionArn: function.arn, functionInvokeRole: invokeRole.arn,
                identity: .init(headers: [header], reauthorizeEvery: 0))
        }
        return Authorizers(definitions: [
            "JWTAuthorizer": authorizer(jwt, header: "Authorization"),
            "RegistrationAuthorizer": authorizer(registration, header: "X-Registration-Code"),
            "UserAuthorizer": authorizer(user, header: "Authorization"),
        ])
    }
}
