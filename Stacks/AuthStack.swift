import StackgenCognito
import StackgenSSM

/// `ai-bartender-auth`: the Cognito user pool, its web client, the admin group, the hosted
/// login, and four SSM parameters the frontend build reads.
struct AuthStack {
    var stack = Stack("ai-bartender-auth", description: "AI Bartender Authentication - AWS Cognito User Pool")
    let userPoolID: Output<String>
    let userPoolClientID: Output<String>

    init() {
        stack.transforms = [Bartender.samTransform]
        let application = stack.parameter("Application", default: "ai-bartender", description: "Name of owning application")
        let domainName = stack.parameter("DomainName", description: "Domain name of owning organization")
        let domainPrefix = stack.parameter(
            "HostedAuthDomainPrefix",
            description: "The domain prefix to use for the UserPool hosted UI <HostedAuthDomainPrefix>.auth.[region].amazoncognito.com")
        let addLocalHost = stack.parameter(
            "AddLocalHost", default: "false", description: "Add localhost callback URLs for local development",
            allowedValues: ["true", "false"])
        let includeLocalHost = stack.condition("IncludeLocalHost", Fn.equals(addLocalHost.value, "true"))

        let pool = stack.add(
            "AiBartenderUserPool",
            Cognito.UserPool(
                accountRecoverySetting: .init(recoveryMechanisms: [.init(name: .verifiedEmail, priority: 1)]),
                adminCreateUserConfig: .init(allowAdminCreateUserOnly: true),
                aliasAttributes: [.email],
                autoVerifiedAttributes: [.email],
                emailConfiguration: .init(emailSendingAccount: .cognitoDefault),
                policies: .init(
                    passwordPolicy: .init(
                        minimumLength: 8, requireLowercase: true, requireNumbers: true, requireSymbols: false,
                        requireUppercase: true, temporaryPasswordValidityDays: 7)),
                schema: [
                    .init(attributeDataType: .string, mutable: true, name: "email", required: true),
                    .init(attributeDataType: .string, mutable: true, name: "role", required: false),
                ],
                userPoolName: "\(application.value)-user-pool",
                userPoolTags: ["Application": application.value],
                usernameConfiguration: .init(caseSensitive: false)))
        let client = stack.add(
            "AiBartenderUserPoolClient",
            Cognito.UserPoolClient(
                userPoolId: pool.ref,
                allowedOAuthFlows: [.code],
                allowedOAuthFlowsUserPoolClient: true,
                allowedOAuthScopes: ["phone", "email", "openid", "profile"],
                callbackURLs: [
                    "https://\(domainName.value)/signin",
                    Fn.if(includeLocalHost, "https://localhost:5173/signin", else: AWS.noValue()),
                ],
                generateSecret: false,
                logoutURLs: [
                    "https://\(domainName.value)/signout",
                    Fn.if(includeLocalHost, "https://localhost:5173/signout", else: AWS.noValue()),
                ],
                preventUserExistenceErrors: .enabled,
                readAttributes: ["email", "name"],
                supportedIdentityProviders: ["COGNITO"],
                writeAttributes: ["email", "name"]))
        stack.add(
            "AdminUserGroup",
            Cognito.UserPoolGroup(
                userPoolId: pool.ref, description: "Administrator group for bartenders", groupName: "admin", precedence: 1))
        stack.add(
            "HostedUserPoolDomain",
            Cognito.UserPoolDomain(domain: domainPrefix.value, userPoolId: pool.ref, managedLoginVersion: 2))
        stack.add(
            "ManagedLoginStyle",
            Cognito.ManagedLoginBranding(userPoolId: pool.ref, clientId: client.ref, useCognitoProvidedValues: true))

        let hostedUI: Value<String> = "https://\(domainPrefix.value).auth.\(AWS.region).amazoncognito.com"
        let ssmParameters: [(String, String, Value<String>, String)] = [
            ("UserPoolEndpointParameter", "userPoolEndpoint", "\(hostedUI)/oauth2/token", "User Pool Endpoint"),
            ("UserPoolIdParameter", "userPoolId", pool.ref, "User Pool Id"),
            (
                "UserPoolHostedUiParameter", "userPoolHostedUi",
                "\(hostedUI)/login?client_id=\(client.ref)&response_type=code&scope=email+openid+phone+profile&redirect_uri=https://\(domainName.value)/signin",
                "User Pool Hosted UI"
            ),
            ("ContentRootParameter", "contentRoot", "https://\(domainName.value)", "Content Root"),
        ]
        for (logicalID, key, value, what) in ssmParameters {
            stack.add(
                logicalID,
                SSM.Parameter(
                    type: .string, value: value, description: "SSM Parameter for the \(what)",
                    name: "/\(application.value)/\(key)", tags: ["Application": application.value]))
        }

        userPoolID = stack.output(
            "UserPoolId", pool.ref, description: "Cognito User Pool ID", exportName: "ai-bartender-auth-UserPoolId")
        userPoolClientID = stack.output(
            "UserPoolClientId", client.ref, description: "Cognito User Pool Client ID",
            exportName: "ai-bartender-auth-UserPoolClientId")
        stack.output(
            "UserPoolArn", pool.arn, description: "Cognito User Pool ARN", exportName: "ai-bartender-auth-UserPoolArn", usedOutside: outsideConsumers)
    }
}
