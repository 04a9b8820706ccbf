/// The pseudo parameters as typed values: `AWS.region`, `AWS.accountID`, …
public enum AWS {
    public static let region = Value<String>(expression: .pseudo(.region))
    public static let accountID = Value<String>(expression: .pseudo(.accountID))
    public static let stackName = Value<String>(expression: .pseudo(.stackName))
    public static let stackID = Value<String>(expression: .pseudo(.stackID))
    public static let partition = Value<String>(expression: .pseudo(.partition))
    public static let urlSuffix = Value<String>(expression: .pseudo(.urlSuffix))
    public static let notificationARNs = Value<[String]>(expression: .pseudo(.notificationARNs))

    /// `AWS::NoValue`: removes the property it is given to (usually inside `Fn.if`).
    public static func noValue<T>(_ type: T.Type = T.self) -> Value<T> {
        Value<T>(expression: .pseudo(.noValue))
    }
}
