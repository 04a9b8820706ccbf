extension IAM {
    /// An IAM policy document: typed statements, or JSON written by hand.
    ///
    /// Generated properties that hold a policy (`PolicyDocument`, `AssumeRolePolicyDocument`,
    /// `KeyPolicy`, `AccessPolicies`, `ResourcePolicy`, `Policy`) take this type, so both
    /// spellings fit:
    ///
    /// ```swift
    /// policyDocument: IAM.PolicyDocument(
    ///     .allow(["dynamodb:GetItem", "dynamodb:Query"], on: [table.arn, "\(table.arn)/index/*"])
    /// )
    /// policyDocument: ["Version": "2012-10-17", "Statement": [...]]
    /// ```
    public struct PolicyDocument: PropertyStruct, ExpressibleByDictionaryLiteral {
        /// The current policy language version.
        public static let currentVersion = "2012-10-17"

        public let expression: Expr

        public init(unchecked expression: Expr) {
            self.expression = expression
        }

        /// A document of typed statements.
        public init(version: String = PolicyDocument.currentVersion, id: String? = nil, statements: [PolicyStatement]) {
            var fields: [String: Expr] = [
                "Version": .string(version),
                "Statement": .list(statements.map(\.expression)),
            ]
            if let id { fields["Id"] = .string(id) }
            expression = .map(fields)
        }

        /// A document of typed statements, in the current policy language version.
        public init(_ statements: PolicyStatement...) {
            self.init(statements: statements)
        }

        /// A document written as JSON.
        public init(dictionaryLiteral elements: (String, Expr)...) {
            var fields: [String: Expr] = [:]
            for (key, value) in elements { fields[key] = value }
            expression = .map(fields)
        }

        /// A document held in an `Expr` built elsewhere (a JSON literal, a parameter).
        public static func json(_ document: Expr) -> Self {
            Self(unchecked: document)
        }

        /// The statements of a typed document, in order; empty for JSON the type did not build.
        public var statements: [Expr] {
            guard case .map(let fields) = expression, case .list(let items)? = fields["Statement"] else {
                return []
            }
            return items
        }
    }
}
