/// A capability CloudFormation asks a deployment to acknowledge.
public enum Capability: String, Sendable, Hashable, Comparable {
    case iam = "CAPABILITY_IAM"
    case namedIAM = "CAPABILITY_NAMED_IAM"

    public static func < (lhs: Capability, rhs: Capability) -> Bool {
        lhs == .iam && rhs == .namedIAM
    }
}
