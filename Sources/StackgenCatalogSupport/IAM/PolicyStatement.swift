extension IAM {
    /// `Allow` or `Deny`.
    public enum Effect: String, Sendable, Hashable {
        case allow = "Allow"
        case deny = "Deny"
    }

    /// One statement of a policy document.
    ///
    /// Actions and resources are `Value<String>`, so a literal (`"s3:GetObject"`), an
    /// attribute (`bucket.arn`) or an interpolation (`"\(bucket.arn)/*"`) all fit.
    public struct PolicyStatement: ExpressionConvertible, Hashable {
        public let expression: Expr

        /// - Parameters:
        ///   - sid: `Sid`, optional.
        ///   - effect: `Effect`.
        ///   - principal: `Principal`, for resource-based and trust policies.
        ///   - notPrincipal: `NotPrincipal`.
        ///   - actions: `Action`.
        ///   - notActions: `NotAction`.
        ///   - resources: `Resource`; leave out in trust policies.
        ///   - notResources: `NotResource`.
        ///   - conditions: `Condition`; operators used twice have their keys merged.
        public init(
            sid: String? = nil,
            effect: Effect = .allow,
            principal: Principal? = nil,
            notPrincipal: Principal? = nil,
            actions: [Value<String>] = [],
            notActions: [Value<String>] = [],
            resources: [Value<String>] = [],
            notResources: [Value<String>] = [],
            conditions: [PolicyCondition] = []
        ) {
            var fields: [String: Expr] = ["Effect": .string(effect.rawValue)]
            if let sid { fields["Sid"] = .string(sid) }
            if let principal { fields["Principal"] = principal.expression }
            if let notPrincipal { fields["NotPrincipal"] = notPrincipal.expression }
            let lists: [(String, [Value<String>])] = [
                ("Action", actions), ("NotAction", notActions),
                ("Resource", resources), ("NotResource", notResources),
            ]
            for (key, values) in lists where !values.isEmpty {
                fields[key] = .list(values.map(\.expression))
            }
            if !conditions.isEmpty { fields["Condition"] = PolicyCondition.block(conditions) }
            expression = .map(fields)
        }

        /// `Allow` the actions on the resources (every resource when left out).
        public static func allow(
            _ actions: [Value<String>], on resources: [Value<String>] = ["*"], sid: String? = nil,
            when conditions: [PolicyCondition] = []
        ) -> Self {
            Self(sid: sid, effect: .allow, actions: actions, resources: resources, conditions: conditions)
        }

        /// `Deny` the actions on the resources (every resource when left out).
        public static func deny(
            _ actions: [Value<String>], on resources: [Value<String>] = ["*"], sid: String? = nil,
            when conditions: [PolicyCondition] = []
        ) -> Self {
            Self(sid: sid, effect: .deny, actions: actions, resources: resources, conditions: conditions)
        }

        /// A trust-policy statement: `principal` may `sts:AssumeRole` (or the given actions).
        public static func assumeRole(
            by principal: Principal, actions: [Value<String>] = ["sts:AssumeRole"], sid: String? = nil,
            when conditions: [PolicyCondition] = []
        ) -> Self {
            Self(sid: sid, effect: .allow, principal: principal, actions: actions, conditions: conditions)
        }

        /// A resource-policy statement granting `principal` the actions on the resources.
        public static func grant(
            _ principal: Principal, _ actions: [Value<String>], on resources: [Value<String>],
            sid: String? = nil, when conditions: [PolicyCondition] = []
        ) -> Self {
            Self(
                sid: sid, effect: .allow, principal: principal, actions: actions, resources: resources,
                conditions: conditions)
        }
    }
}
