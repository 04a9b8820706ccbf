/// A `{Key, Value}` tag, shared by every resource type whose schema defines its tag as two
/// required strings.
public struct Tag: PropertyStruct {
    public let expression: Expr

    public init(unchecked expression: Expr) {
        self.expression = expression
    }

    /// - Parameters:
    ///   - key: `Key`, required.
    ///   - value: `Value`, required.
    public init(key: Value<String>, value: Value<String>) {
        expression = .map(["Key": key.expression, "Value": value.expression])
    }

    /// `[Tag(key: "app", value: "shop")]` written as `Tag.list(["app": "shop"])`, sorted by key.
    public static func list(_ tags: [String: Value<String>]) -> PropertyList<Tag> {
        PropertyList(tags.keys.sorted().map { Tag(key: Value(expression: .string($0)), value: tags[$0]!) })
    }
}
