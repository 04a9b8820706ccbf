/// Renders `StackgenFacts/ResourceFacts+Generated.swift`: one line per resource type in a
/// raw string literal, which type-checks in no time whatever its length; `StackgenFacts`
/// indexes the lines on first use and parses a line when its type is asked for.
///
/// Line format (fields separated by `|`, lists by spaces):
/// `type|attributes|create-only|deprecated|flags`, where an attribute ending in `*` is a
/// prefix and flags are `s` (stateful), `i` (needs CAPABILITY_IAM), `n=<Property>`
/// (CAPABILITY_NAMED_IAM when that property is set) and `t=<type>` (the type SAM turns it into).
enum FactsRenderer {
    static func render(_ facts: [TypeFacts], samPrimaryTypes: [String: String]) throws -> String {
        var lines: [String] = []
        for fact in facts.sorted(by: { $0.typeName < $1.typeName }) {
            var flags: [String] = []
            if fact.isStateful { flags.append("s") }
            if fact.needsIAM { flags.append("i") }
            if let property = fact.namedIAMProperty { flags.append("n=\(property)") }
            if let primary = samPrimaryTypes[fact.typeName] { flags.append("t=\(primary)") }
            let attributes = fact.attributes + fact.attributePrefixes.map { $0 + "*" }
            let names = [fact.typeName] + attributes + fact.createOnlyProperties + fact.deprecatedProperties
            if let odd = names.first(where: { $0.contains(where: reserved.contains) }) {
                throw FactsError.unexpectedCharacter(typeName: fact.typeName, name: odd)
            }
            lines.append(
                [
                    fact.typeName, attributes.joined(separator: " "),
                    fact.createOnlyProperties.joined(separator: " "),
                    fact.deprecatedProperties.joined(separator: " "), flags.joined(separator: " "),
                ].joined(separator: "|"))
        }
        return Header.table(
            extending: "FactsTable",
            comment: ["\(facts.count) resource types; the line format is described in FactsTable.swift."], lines: lines)
    }
}

/// Characters the table uses as separators, or that would end the raw string literal.
private let reserved: Set<Character> = ["|", " ", "\n", "\"", "#", "\\"]

enum FactsError: Error, CustomStringConvertible {
    case unexpectedCharacter(typeName: String, name: String)

    var description: String {
        switch self {
        case .unexpectedCharacter(let typeName, let name):
            "\(typeName): '\(name)' holds a character the facts table reserves (| space newline \" # \\)"
        }
    }
}
