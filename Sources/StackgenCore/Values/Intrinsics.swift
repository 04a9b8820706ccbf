/// CloudFormation's intrinsic functions, typed by what they yield.
///
/// `Ref` and `Fn::GetAtt` come from handles (`bucket.ref`, `bucket.arn`), and
/// `Fn::ImportValue` of an app's own stacks comes from using a value across stacks;
/// what is here are the functions a template author writes by hand.
public enum Fn {
    /// `Fn::Sub` with a template string and a variable map.
    public static func sub(_ template: String, _ variables: [String: Value<String>] = [:])
        -> Value<String>
    {
        Value(expression: .sub(template, variables: variables.mapValues(\.expression)))
    }

    /// `Fn::Join`.
    public static func join(_ delimiter: String, _ items: [Value<String>]) -> Value<String> {
        Value(expression: .function("Join", .list([.string(delimiter), .list(items.map(\.expression))])))
    }

    /// `Fn::Join` over a list-valued expression (a parameter or `Fn::Split`).
    public static func join(_ delimiter: String, _ list: Value<[String]>) -> Value<String> {
        Value(expression: .function("Join", .list([.string(delimiter), list.expression])))
    }

    /// `Fn::Select`.
    public static func select<T>(_ index: Int, _ list: Value<[T]>) -> Value<T> {
        Value(expression: .function("Select", .list([.string(String(index)), list.expression])))
    }

    /// `Fn::Split`.
    public static func split(_ delimiter: String, _ text: Value<String>) -> Value<[String]> {
        Value(expression: .function("Split", .list([.string(delimiter), text.expression])))
    }

    /// `Fn::If` on a declared condition.
    public static func `if`<T>(_ condition: Condition, _ then: Value<T>, else otherwise: Value<T>)
        -> Value<T>
    {
        Value(expression: .if(condition: condition.name, then: then.expression, else: otherwise.expression))
    }

    /// `Fn::Equals`.
    public static func equals<T>(_ a: Value<T>, _ b: Value<T>) -> ConditionExpression {
        ConditionExpression(expression: .function("Equals", .list([a.expression, b.expression])))
    }

    /// `Fn::And` (2 to 10 conditions).
    public static func and(_ conditions: ConditionExpression...) -> ConditionExpression {
        ConditionExpression(expression: .function("And", .list(conditions.map(\.expression))))
    }

    /// `Fn::Or` (2 to 10 conditions).
    public static func or(_ conditions: ConditionExpression...) -> ConditionExpression {
        ConditionExpression(expression: .function("Or", .list(conditions.map(\.expression))))
    }

    /// `Fn::Not`.
    public static func not(_ condition: ConditionExpression) -> ConditionExpression {
        ConditionExpression(expression: .function("Not", .list([condition.expression])))
    }

    /// `Fn::FindInMap`.
    public static func findInMap(
        _ mapping: Mapping, _ topLevelKey: Value<String>, _ secondLevelKey: Value<String>
    ) -> Value<String> {
        Value(
            expression: .function(
                "FindInMap",
                .list([.string(mapping.name), topLevelKey.expression, secondLevelKey.expression])))
    }

    /// `Fn::GetAZs` for a region (the current one when omitted).
    public static func getAZs(_ region: Value<String> = "") -> Value<[String]> {
        Value(expression: .function("GetAZs", region.expression))
    }

    /// `Fn::Base64`.
    public static func base64(_ text: Value<String>) -> Value<String> {
        Value(expression: .function("Base64", text.expression))
    }

    /// `Fn::Cidr`.
    public static func cidr(_ block: Value<String>, count: Int, cidrBits: Int) -> Value<[String]> {
        Value(
            expression: .function(
                "Cidr", .list([block.expression, .integer(count), .integer(cidrBits)])))
    }

    /// `Fn::ImportValue` of an export named by hand. Prefer a typed reference for the app's
    /// own stacks, and `App.externalExport` for exports made outside the app.
    public static func importValue<T>(_ exportName: String, as type: T.Type = String.self) -> Value<T> {
        Value(expression: .importValue(exportName))
    }

    /// `Fn::ToJsonString` (needs the `AWS::LanguageExtensions` transform, added for you).
    public static func toJsonString(_ value: some ExpressionConvertible) -> Value<String> {
        Value(expression: .function("ToJsonString", value.expression))
    }

    /// `Fn::Length` (needs the `AWS::LanguageExtensions` transform, added for you).
    public static func length<T>(_ list: Value<[T]>) -> Value<Int> {
        Value(expression: .function("Length", list.expression))
    }

    /// `Fn::GetStackOutput`: reads another stack's output at deploy time, also across
    /// regions and accounts. stackgen writes this itself for a stack whose
    /// `crossRegionDelivery` is `.getStackOutput`; this is the one place that builds it.
    /// - Parameter roleArn: a role with `cloudformation:DescribeStacks` on the producer that
    ///   the consuming stack's execution role can assume; CloudFormation needs one to read a
    ///   stack in another account, and uses the stack's own execution role when nil.
    public static func getStackOutput(stackName: String, outputKey: String, region: String? = nil, roleArn: String? = nil)
        -> Value<String>
    {
        var fields: [String: Expr] = ["StackName": .string(stackName), "OutputName": .string(outputKey)]
        if let region { fields["Region"] = .string(region) }
        if let roleArn { fields["RoleArn"] = .string(roleArn) }
        return Value(expression: .function("GetStackOutput", .map(fields)))
    }
}

/// A boolean expression usable in `Conditions` (`Fn::Equals`, `Fn::And`, …).
public struct ConditionExpression: Sendable, Hashable, ExpressionConvertible {
    public let expression: Expr

    public init(expression: Expr) {
        self.expression = expression
    }

    /// A declared condition used inside another condition.
    public static func condition(_ condition: Condition) -> ConditionExpression {
        ConditionExpression(expression: .conditionRef(condition.name))
    }
}
