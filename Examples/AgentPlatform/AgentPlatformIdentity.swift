import StackgenCognito
import StackgenIAM
import StackgenSecretsManager

/// `agent-platform-identity` (cognito.tf): the user pool with its hosted domain and admin
/// groups, the web client, the `api` resource server and the machine-to-machine client
/// whose credentials go to Secrets Manager, and the identity pool for signed-in users.
struct AgentPlatformIdentity {
    var stack = Stack(
        "agent-platform-identity", region: AgentPlatformApp.region,
        description: "Agent platform identity: Cognito user pool, resource server, M2M client, identity pool.")

    init() {
        let name = AgentPlatformApp.name
        let pool = stack.add(
            "UserPool",
            Cognito.UserPool(
                autoVerifiedAttributes: [.email],
                policies: .init(
                    passwordPolicy: .init(minimumLength: 8, requireLowercase: true, requireNumbers: true, requireSymbols: true, requireUppercase: true)),
                userPoolName: .init("\(name)-users"),
                usernameAttributes: [.email]),
            deletionPolicy: .retain, updateReplacePolicy: .retain)
        let domain = stack.add(
            "UserPoolDomain", Cognito.UserPoolDomain(domain: "\(name)-\(AWS.accountID)", userPoolId: pool.ref))
        let webClient = stack.add(
            "WebClient",
            Cognito.UserPoolClient(
                userPoolId: pool.ref, clientName: .init("\(name)-web"),
                explicitAuthFlows: [.allowUserSrpAuth, .allowRefreshTokenAuth], generateSecret: false))
        for (id, group, precedence) in [
            ("SuperAdminGroup", "super_admin", 1), ("PlatformAdminGroup", "platform_admin", 2), ("PlatformUserGroup", "platform_user", 3),
        ] {
            stack.add(id, Cognito.UserPoolGroup(userPoolId: pool.ref, groupName: .init(group), precedence: .init(precedence)))
        }

        let api = stack.add(
            "ApiResourceServer",
            Cognito.UserPoolResourceServer(
                identifier: "api", name: .init("\(name)-api"), userPoolId: pool.ref,
                scopes: [
                    .init(scopeDescription: "Read access", scopeName: "read"), .init(scopeDescription: "Write access", scopeName: "write"),
                ]))
        let m2m = stack.add(
            "M2MClient",
            Cognito.UserPoolClient(
                userPoolId: pool.ref, allowedOAuthFlows: [.clientCredentials], allowedOAuthFlowsUserPoolClient: true,
                allowedOAuthScopes: ["api/read", "api/write"], clientName: .init("\(name)-m2m"), generateSecret: true),
            dependsOn: [api])
        // Terraform wrote the client's id and secret into a secret version; CloudFormation
        // reads the generated secret through the client's ClientSecret attribute.
        stack.add(
            "M2MCredentialsSecret",
            SecretsManager.Secret(
                description: "Client credentials of the machine-to-machine Cognito client",
                name: .init("\(name)/m2m-credentials"),
                secretString: """
                    {"client_id":"\(m2m.ref)","client_secret":"\(m2m.clientSecret)",\
                    "token_url":"https://\(domain.ref).auth.\(AWS.region).amazoncognito.com/oauth2/token"}
                    """))

        let identityPool = stack.add(
            "IdentityPool",
            Cognito.IdentityPool(
                allowUnauthenticatedIdentities: false,
                cognitoIdentityProviders: [.init(clientId: webClient.ref, providerName: pool.providerName)],
                identityPoolName: "agent_platform_identities"))
        let authenticated = stack.add(
            "AuthenticatedRole",
            IAM.Role(
                assumeRolePolicyDocument: IAM.PolicyDocument(
                    .assumeRole(
                        by: .federated("cognito-identity.amazonaws.com"), actions: ["sts:AssumeRoleWithWebIdentity"],
                        when: [
                            .stringEquals("cognito-identity.amazonaws.com:aud", identityPool.ref),
                            .init("ForAnyValue:StringLike", "cognito-identity.amazonaws.com:amr", ["authenticated"]),
                        ])),
                policies: [
                    .init(
                        policyDocument: IAM.PolicyDocument(.allow(["cognito-identity:GetCredentialsForIdentity"])),
                        policyName: "authenticated")
                ]))
        stack.add(
            "IdentityPoolRoles",
            Cognito.IdentityPoolRoleAttachment(identityPoolId: identityPool.ref, roles: ["authenticated": authenticated.arn]))

        stack.output("UserPoolId", pool.ref)
        stack.output("OAuthTokenEndpoint", "https://\(domain.ref).auth.\(AWS.region).amazoncognito.com/oauth2/token")
    }
}
