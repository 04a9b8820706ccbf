/// The untyped value tree every property, output and condition lowers to.
///
/// `Value<T>` is the typed face the DSL shows; `Expr` is what the resolver walks and the
/// emitter writes. Maps are unordered here on purpose: the emitter writes their keys in
/// sorted order, so reordering arguments in Swift never changes the emitted bytes.
public indirect enum Expr: Sendable, Hashable {
    case string(String)
    case integer(Int)
    case number(Double)
    case boolean(Bool)
    case null
    case list([Expr])
    case map([String: Expr])

    /// `Ref` to a resource or parameter; the address says which stack owns it.
    case ref(Address)
    /// `Fn::GetAtt` of a resource attribute.
    case getAtt(Address, attribute: String)
    /// One of the `AWS::…` pseudo parameters.
    case pseudo(PseudoParameter)
    /// A stack's output, used from another stack (lowered to an import or a parameter).
    case output(OutputAddress)
    /// Text built by string interpolation; emitted as `Fn::Sub` or `Fn::Join`.
    case concat([Expr])
    /// `Fn::Sub` written by hand, with its variable map.
    case sub(String, variables: [String: Expr])
    /// `Fn::ImportValue` of an export named by hand (inside or outside the app).
    case importValue(String)
    /// `{"Condition": name}`, a condition used inside `Fn::And`/`Fn::Or`/`Fn::Not`.
    case conditionRef(String)
    /// `Fn::If`.
    case `if`(condition: String, then: Expr, else: Expr)
    /// Every other intrinsic: `Fn::<name>` with its argument as CloudFormation expects it.
    case function(String, Expr)
}

/// Where a referenced resource or parameter lives: stack name plus logical id.
public struct Address: Sendable, Hashable, Comparable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable, Comparable {
        case resource, parameter
        public static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }
    }
    public let stack: String
    public let logicalID: String
    public let kind: Kind

    public init(stack: String, logicalID: String, kind: Kind) {
        self.stack = stack
        self.logicalID = logicalID
        self.kind = kind
    }

    public var description: String { "\(stack).\(logicalID)" }

    public static func < (a: Address, b: Address) -> Bool {
        (a.stack, a.logicalID, a.kind) < (b.stack, b.logicalID, b.kind)
    }
}

/// A stack output, addressed by stack name and output key.
public struct OutputAddress: Sendable, Hashable, CustomStringConvertible {
    public let stack: String
    public let key: String

    public init(stack: String, key: String) {
        self.stack = stack
        self.key = key
    }

    public var description: String { "\(stack).Outputs.\(key)" }
}

/// The pseudo parameters CloudFormation defines for every template.
public enum PseudoParameter: String, Sendable, Hashable, CaseIterable {
    case region = "AWS::Region"
    case accountID = "AWS::AccountId"
    case stackName = "AWS::StackName"
    case stackID = "AWS::StackId"
    case partition = "AWS::Partition"
    case urlSuffix = "AWS::URLSuffix"
    case noValue = "AWS::NoValue"
    case notificationARNs = "AWS::NotificationARNs"
}
