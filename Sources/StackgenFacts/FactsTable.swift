/// The generated table (`ResourceFacts+Generated.swift`) holds one line per type:
/// `type|attributes|create-only|deprecated|flags`, lists separated by spaces; an attribute
/// ending in `*` is a prefix; flags are `s` (stateful), `i` (CAPABILITY_IAM), `n=<Property>`
/// (CAPABILITY_NAMED_IAM when set) and `t=<type>` (what SAM turns it into).
/// A string literal costs the type checker nothing; lines are indexed once and parsed on
/// demand, so a lookup does not build facts for 1,900 types.
enum FactsTable {
    /// Type name → its line. Built by scanning bytes: splitting 1,900 lines as Characters
    /// cost a short `check` a tenth of its time.
    static let lines: [String: Substring] = {
        var index: [String: Substring] = [:]
        index.reserveCapacity(2_048)
        let bytes = text.utf8
        var start = bytes.startIndex
        while start != bytes.endIndex {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
            if let bar = bytes[start..<end].firstIndex(of: UInt8(ascii: "|")) {
                index[String(text[start..<bar])] = text[start..<end]
            }
            start = end == bytes.endIndex ? end : bytes.index(after: end)
        }
        return index
    }()

    static func parse(_ line: Substring) -> ResourceTypeFacts {
        let fields = line.split(separator: "|", omittingEmptySubsequences: false)
        func list(_ position: Int) -> [Substring] {
            position < fields.count ? fields[position].split(separator: " ") : []
        }
        var attributes = Set<String>()
        var prefixes: [String] = []
        for name in list(1) {
            if name.last == "*" { prefixes.append(String(name.dropLast())) } else { attributes.insert(String(name)) }
        }
        var stateful = false
        var capability: Capability?
        var namedProperty: String?
        var transformsTo: String?
        for flag in list(4) {
            if flag == "s" {
                stateful = true
            } else if flag == "i" {
                capability = .iam
            } else if flag.hasPrefix("n=") {
                namedProperty = String(flag.dropFirst(2))
            } else if flag.hasPrefix("t=") {
                transformsTo = String(flag.dropFirst(2))
            }
        }
        return ResourceTypeFacts(
            typeName: String(fields[0]),
            attributes: attributes,
            attributePrefixes: prefixes,
            createOnlyProperties: Set(list(2).map(String.init)),
            deprecatedProperties: Set(list(3).map(String.init)),
            requiredCapability: capability,
            namedIAMProperty: namedProperty,
            isStateful: stateful,
            transformsTo: transformsTo)
    }
}
