/// The naming rules CloudFormation enforces at deploy time, checked at lower time instead.
enum NameRules {
    /// Stack names: a letter, then letters, digits and hyphens; at most 128 characters.
    static func isValidStackName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, name.count <= 128, isASCIILetter(first) else {
            return false
        }
        return name.unicodeScalars.allSatisfy { isASCIILetter($0) || isASCIIDigit($0) || $0 == "-" }
    }

    /// Logical ids and parameter names: ASCII letters and digits; at most 255 characters.
    static func isValidLogicalID(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 255
            && name.unicodeScalars.allSatisfy { isASCIILetter($0) || isASCIIDigit($0) }
    }

    /// Condition names also take `&` and `_`, which CloudFormation accepts there (cfn-lint's
    /// template schema, `^[a-zA-Z0-9&_]{1,255}$`; AWS's own VPC Quick Start names its
    /// conditions `NATGateways&PublicSubnets&PrivateSubnets&3AZCondition`).
    static func isValidConditionName(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 255
            && name.unicodeScalars.allSatisfy { isASCIILetter($0) || isASCIIDigit($0) || $0 == "&" || $0 == "_" }
    }

    /// Export names: letters, digits, colons and hyphens; at most 255 characters.
    static func isValidExportName(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 255
            && name.unicodeScalars.allSatisfy { isASCIILetter($0) || isASCIIDigit($0) || $0 == ":" || $0 == "-" }
    }

    private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    private static func isASCIIDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }
}

extension String {
    /// Exports and outputs may be named with any characters; this keeps what CloudFormation
    /// accepts in a logical id, for deriving output keys.
    public var alphanumericOnly: String {
        String(unicodeScalars.filter { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) })
    }
}
