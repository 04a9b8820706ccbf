import StackgenCognito

/// `petstore-auth`: the user pool and app client whose tokens the gateway accepts.
struct PetStoreAuth {
    var stack = Stack("petstore-auth", region: .usEast1, description: "PetStore user pool and app client.")
    let userPool: Resource<Cognito.UserPool>
    let client: Resource<Cognito.UserPoolClient>

    init() {
        userPool = stack.add(
            "PetStoreUserPool",
            Cognito.UserPool(
                autoVerifiedAttributes: [.email],
                userPoolName: "PetStoreUserPool",
                usernameAttributes: [.email]),
            deletionPolicy: .retain, updateReplacePolicy: .retain)
        client = stack.add(
            "PetStoreUserPoolClient",
            Cognito.UserPoolClient(
                userPoolId: userPool.ref,
                clientName: "PetStoreChatClient",
                explicitAuthFlows: [.userPasswordAuth],
                generateSecret: false))

        stack.output("UserPoolId", userPool.ref, exportName: "petstore-auth-UserPoolId")
        stack.output("UserPoolClientId", client.ref, exportName: "petstore-auth-UserPoolClientId")
    }
}
