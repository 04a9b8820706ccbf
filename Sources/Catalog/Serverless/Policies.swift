extension Serverless {
    /// SAM's `Policies` property of `AWS::Serverless::Function` and `StateMachine`: a list of
    /// managed policy names or ARNs, policy documents and SAM policy templates.
    ///
    /// ```swift
    /// policies: [
    ///     "AWSLambdaBasicExecutionRole",
    ///     .template("DynamoDBCrudPolicy", ["TableName": table.ref]),
    ///     .statements(.allow(["events:PutEvents"], on: [bus.arn])),
    /// ]
    /// ```
    public struct Policies: ExpressionConvertible, Hashable, ExpressibleByArrayLiteral,
        ExpressibleByStringLiteral
    {
        public let expression: Expr

        public init(arrayLiteral elements: Policy...) {
            expression = .list(elements.map(\.expression))
        }

        public init(_ elements: [Policy]) {
            expression = .list(elements.map(\.expression))
        }

        /// One managed policy by name or ARN.
        public init(stringLiteral value: String) {
            expression = .string(value)
        }

        /// An intrinsic yielding the whole list (a `CommaDelimitedList` parameter, `Fn.if`).
        public static func intrinsic(_ value: Value<[String]>) -> Self {
            Self(unchecked: value.expression)
        }

        private init(unchecked expression: Expr) {
            self.expression = expression
        }
    }

    /// One entry of `Policies`.
    public struct Policy: ExpressionConvertible, Hashable, ExpressibleByStringLiteral,
        ExpressibleByStringInterpolation
    {
        public let expression: Expr

        private init(_ expression: Expr) {
            self.expression = expression
        }

        /// An AWS managed policy name (`AWSLambdaBasicExecutionRole`) or a policy ARN.
        public init(stringLiteral value: String) {
            expression = .string(value)
        }

        /// A policy ARN built by interpolation (`"arn:\(AWS.partition):iam::aws:policy/…"`).
        public init(stringInterpolation: Value<String>.StringInterpolation) {
            expression = Value<String>(stringInterpolation: stringInterpolation).expression
        }

        /// A managed policy name or ARN given as a value (a parameter, an attribute).
        public static func managed(_ nameOrARN: Value<String>) -> Self {
            Self(nameOrARN.expression)
        }

        /// An inline policy document.
        public static func document(_ document: IAM.PolicyDocument) -> Self {
            Self(document.expression)
        }

        /// An inline policy document made of these statements.
        public static func statements(_ statements: IAM.PolicyStatement...) -> Self {
            Self(IAM.PolicyDocument(statements: statements).expression)
        }

        /// A SAM policy template (`S3CrudPolicy`, `DynamoDBReadPolicy`, …) with its parameters.
        ///
        /// Templates: <https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/serverless-policy-template-list.html>
        public static func template(_ name: String, _ parameters: [String: Value<String>] = [:]) -> Self {
            Self(.map([name: .map(parameters.mapValues(\.expression))]))
        }
    }
}
