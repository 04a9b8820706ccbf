// Imported by `stackgen import` from infrastructure/auth/template.yaml; edit freely.
import StackgenCore
import StackgenCognito

/// `ai-bartender-auth` (eu-west-1): Cognito user pool.
public enum AuthStack {
    public struct Outputs: Sendable {
        public let userPoolId: Output<String>
    }

    public static func make() -> (stack: Stack, outputs: Outputs) {
        let name = "ai-bartender-auth"
        var stack = Stack(name, region: .euWest1, description: "Cognito user pool")
        stack.add("UserPool", Cognito.UserPool(
            userPoolName: "ai-bartender-users"
        ))
        let userPoolIdOutput = stack.output("UserPoolId", Value<String>(expression: .ref(Address(stack: name, logicalID: "UserPool", kind: .resource))), exportName: "ai-bartender-auth-UserPoolId")
        return (stack, Outputs(userPoolId: userPoolIdOutput))
    }
}
