/// How CloudFormation names become Swift names. The rules, applied everywhere:
/// - members are the CloudFormation name with its leading word lowercased, and a leading
///   acronym lowercased as a whole (`BucketName` → `bucketName`, `ARN` → `arn`,
///   `KMSMasterKeyID` → `kmsMasterKeyID`, `VpcId` → `vpcId`, `IPv6Address` → `ipv6Address`,
///   `CNAMEs` → `cnames` (a plural acronym is one word),
///   `TLSv1.2_2021` → `tlsv1_2_2021`);
///   the rest of the name is kept as written, so a Swift name maps back to exactly one
///   CloudFormation name;
/// - types keep the CloudFormation name (`VersioningConfiguration`);
/// - Swift keywords are escaped with backticks; names the generated code relies on
///   (`Value`, `Expr`, `Type`, …) get a `Property` suffix when they name a nested type.
enum Naming {
    static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import",
        "init", "inout", "internal", "let", "open", "operator", "private", "precedencegroup",
        "protocol", "public", "rethrows", "static", "struct", "subscript", "typealias", "var",
        "break", "case", "catch", "continue", "default", "defer", "do", "else", "fallthrough",
        "for", "guard", "if", "in", "repeat", "return", "throw", "switch", "where", "while",
        "Any", "as", "await", "false", "is", "nil", "self", "Self", "super", "throws", "true",
        "try", "Type", "Protocol", "some", "any",
    ]

    /// Type names that would shadow what generated code refers to.
    static let reservedTypeNames: Set<String> = [
        "Value", "Expr", "String", "Int", "Double", "Bool", "Type", "Protocol", "Self", "Any",
        "Resource", "PropertyBag", "PropertyList", "PropertyMap", "PropertyStruct",
        "PropertyEnum", "Optional", "Array", "Dictionary", "Error", "Never", "Set", "Sendable",
        "Tag", "ExpressionConvertible", "ResourceDefinition", "IAM", "Serverless",
    ]

    /// Members of every enum/struct the generator makes, which a case must not reuse.
    static let reservedMembers: Set<String> = [
        "none", "some", "custom", "intrinsic", "expression", "rawValue", "value", "init",
        "self", "unchecked", "properties", "resourceType",
    ]

    /// Splits on anything that is not a letter or digit.
    static func words(_ name: String) -> [String] {
        name.split(whereSeparator: { !($0.isLetter || $0.isNumber) || !$0.isASCII }).map(String.init)
    }

    /// `BucketName` → `bucketName`; see the type's comment for the full rule.
    static func member(_ cfnName: String) -> String {
        let parts = words(cfnName)
        guard let first = parts.first else { return "value" }
        var result = lowerLeading(first)
        for part in parts.dropFirst() { result += upperFirst(part) }
        if result.first!.isNumber { result = "_" + result }
        return result
    }

    /// The leading-acronym rule for one word.
    static func lowerLeading(_ word: String) -> String {
        let chars = Array(word)
        for acronym in ["IPv", "IoT"] where word.hasPrefix(acronym) {
            return acronym.lowercased() + String(chars.dropFirst(acronym.count))
        }
        var run = 0
        while run < chars.count, chars[run].isUppercase { run += 1 }
        if run == 0 { return word }
        // `SSESpecification`: the last capital of the run starts the next word, except
        // before a version (`TLSv1.2` → `tlsv1.2`).
        let isVersion = run < chars.count - 1 && chars[run] == "v" && chars[run + 1].isNumber
        // A plural acronym (`CNAMEs`, `ARNs`) is one word: `cnames`, not `cnamEs`.
        let isPlural = run < chars.count && chars[run] == "s"
            && (run + 1 == chars.count || chars[run + 1].isUppercase || chars[run + 1].isNumber)
        let lowered = run > 1 && run < chars.count && chars[run].isLowercase && !isVersion && !isPlural ? run - 1 : run
        return String(chars[..<lowered]).lowercased() + String(chars[lowered...])
    }

    static func upperFirst(_ word: String) -> String {
        word.prefix(1).uppercased() + word.dropFirst()
    }

    /// `VersioningConfiguration`, `AWS::Lambda::Function.Environment` → `Environment`.
    static func type(_ cfnName: String) -> String {
        let tail = cfnName.split(separator: ".").last.map(String.init) ?? cfnName
        var result = words(tail).map(upperFirst).joined()
        if result.isEmpty { result = "Unnamed" }
        if result.first!.isNumber { result = "_" + result }
        if reservedTypeNames.contains(result) { result += "Property" }
        return result
    }

    /// A static member name for an enum raw value: `PAY_PER_REQUEST` → `payPerRequest`,
    /// `python3.13` → `python3_13`, `nodejs20.x` → `nodejs20X`.
    static func enumCase(_ rawValue: String) -> String {
        let parts = words(rawValue).map { word -> String in
            word == word.uppercased() ? word.lowercased() : word
        }
        guard let first = parts.first else { return "" }
        var result = lowerLeading(first)
        for part in parts.dropFirst() {
            if result.last!.isNumber && part.first!.isNumber { result += "_" }
            result += upperFirst(part)
        }
        if result.first!.isNumber { result = "_" + result }
        if reservedMembers.contains(result) { result += "Value" }
        return result
    }

    /// An identifier as it must be written in declarations and expressions.
    static func escaped(_ identifier: String) -> String {
        keywords.contains(identifier) ? "`\(identifier)`" : identifier
    }
}
