extension IAM {
    /// One `Condition` entry: operator, key and values (`StringEquals aws:SourceArn …`).
    public struct PolicyCondition: Sendable, Hashable {
        public let conditionOperator: String
        public let key: String
        public let values: [Value<String>]

        /// Any operator by name, for those without a shortcut below (`ForAnyValue:StringLike`, …).
        public init(_ conditionOperator: String, _ key: String, _ values: [Value<String>]) {
            self.conditionOperator = conditionOperator
            self.key = key
            self.values = values
        }

        public static func stringEquals(_ key: String, _ values: Value<String>...) -> Self {
            Self("StringEquals", key, values)
        }

        public static func stringNotEquals(_ key: String, _ values: Value<String>...) -> Self {
            Self("StringNotEquals", key, values)
        }

        public static func stringLike(_ key: String, _ values: Value<String>...) -> Self {
            Self("StringLike", key, values)
        }

        public static func stringNotLike(_ key: String, _ values: Value<String>...) -> Self {
            Self("StringNotLike", key, values)
        }

        public static func arnEquals(_ key: String, _ values: Value<String>...) -> Self {
            Self("ArnEquals", key, values)
        }

        public static func arnLike(_ key: String, _ values: Value<String>...) -> Self {
            Self("ArnLike", key, values)
        }

        public static func bool(_ key: String, _ value: Bool) -> Self {
            Self("Bool", key, [Value(expression: .string(value ? "true" : "false"))])
        }

        public static func ipAddress(_ key: String, _ values: Value<String>...) -> Self {
            Self("IpAddress", key, values)
        }

        public static func numericLessThanEquals(_ key: String, _ value: Int) -> Self {
            Self("NumericLessThanEquals", key, [Value(expression: .string(String(value)))])
        }

        /// The `Condition` block: `{operator: {key: values}}`, operators used twice merged.
        static func block(_ conditions: [PolicyCondition]) -> Expr {
            var operators: [String: [String: Expr]] = [:]
            for condition in conditions {
                let values = condition.values.map(\.expression)
                operators[condition.conditionOperator, default: [:]][condition.key] =
                    values.count == 1 ? values[0] : .list(values)
            }
            return .map(operators.mapValues { .map($0) })
        }
    }
}
