extension IAM {
    /// The `Principal` of a statement: AWS accounts and roles, services, federated
    /// providers, canonical users, or everyone (`*`).
    public struct Principal: ExpressionConvertible, Hashable {
        public let expression: Expr

        private init(_ kind: String, _ values: [Value<String>]) {
            let list: Expr = values.count == 1 ? values[0].expression : .list(values.map(\.expression))
            expression = .map([kind: list])
        }

        /// `{"AWS": …}`: account ids, account root ARNs, role or user ARNs.
        public static func aws(_ identifiers: Value<String>...) -> Self { Self("AWS", identifiers) }

        /// `{"AWS": …}` from a list.
        public static func aws(_ identifiers: [Value<String>]) -> Self { Self("AWS", identifiers) }

        /// `{"Service": …}`: `lambda.amazonaws.com`, …
        public static func service(_ services: Value<String>...) -> Self { Self("Service", services) }

        /// `{"Federated": …}`: an identity provider (`cognito-identity.amazonaws.com`, an OIDC ARN).
        public static func federated(_ providers: Value<String>...) -> Self { Self("Federated", providers) }

        /// `{"CanonicalUser": …}`.
        public static func canonicalUser(_ ids: Value<String>...) -> Self { Self("CanonicalUser", ids) }

        /// `"*"`: everyone; pair it with conditions.
        public static var anyone: Self { Self(expression: .string("*")) }

        /// The account root of the stack's own account.
        public static var currentAccount: Self { .aws("arn:\(AWS.partition):iam::\(AWS.accountID):root") }

        private init(expression: Expr) {
            self.expression = expression
        }
    }
}
