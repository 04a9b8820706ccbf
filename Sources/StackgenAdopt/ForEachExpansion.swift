import StackgenCore
import StackgenReader

/// `Fn::ForEach` of the `AWS::LanguageExtensions` transform, expanded the way the transform
/// does before CloudFormation sees the template, so `check` and `import` work on the
/// resources, outputs and conditions that will exist. A loop whose collection is not known
/// before deploy stays as written (and is reported where it is met).
///
/// `Fn::ForEach::Name: [Identifier, Collection, {OutputKey: OutputValue}]`: for each value of
/// the collection, every `${Identifier}` (and `&{Identifier}`, the value's letters and digits
/// only) in the output keys, every `Ref: Identifier` and every `${Identifier}` in an
/// `Fn::Sub` string of the fragment take the value; loops nest.
enum ForEachExpansion {
    static let prefix = "Fn::ForEach::"

    struct Result: Sendable {
        var template: TemplateNode
        /// One line per expanded loop, for the import report.
        var notes: [String] = []
    }

    /// Expands every loop in `Resources`, `Outputs` and `Conditions` (resource properties
    /// included); a collection is what `evaluator` knows of it before deploy (a literal list,
    /// a list parameter with a value, `Fn::Split` of known text).
    static func expand(_ template: TemplateNode, file: String, evaluator: StaticEvaluator) -> Result {
        guard case .mapping(var sections) = template.value else { return Result(template: template) }
        var expansion = Expansion(file: file, evaluator: evaluator)
        for index in sections.indices where ["Resources", "Outputs", "Conditions"].contains(sections[index].key) {
            sections[index].value = expansion.expandLoops(in: sections[index].value, section: sections[index].key)
        }
        return Result(template: TemplateNode(.mapping(sections), line: template.line, column: template.column), notes: expansion.notes)
    }

    private struct Expansion {
        let file: String
        let evaluator: StaticEvaluator
        var notes: [String] = []

        /// The node with every loop of its mappings, at any depth, replaced by what it makes.
        mutating func expandLoops(in node: TemplateNode, section: String) -> TemplateNode {
            switch node.value {
            case .mapping(let entries):
                var result: [TemplateEntry] = []
                for entry in entries {
                    if entry.key.hasPrefix(ForEachExpansion.prefix), let made = expandLoop(entry, section: section) {
                        result += made
                    } else {
                        result.append(TemplateEntry(key: entry.key, line: entry.line, column: entry.column, value: expandLoops(in: entry.value, section: section)))
                    }
                }
                return TemplateNode(.mapping(result), line: node.line, column: node.column)
            case .sequence(let items):
                return TemplateNode(.sequence(items.map { expandLoops(in: $0, section: section) }), line: node.line, column: node.column)
            default:
                return node
            }
        }

        /// The entries one loop makes; nil when its shape or collection is not known.
        private mutating func expandLoop(_ loop: TemplateEntry, section: String) -> [TemplateEntry]? {
            guard let parts = loop.value.sequence, parts.count == 3, let identifier = parts[0].string,
                let values = evaluator.list(parts[1]), let fragment = parts[2].mapping
            else { return nil }
            var made: [TemplateEntry] = []
            for value in values {
                let substitution = Substitution(identifier: identifier, value: value)
                let instance = substitution.apply(to: TemplateNode(.mapping(fragment), line: parts[2].line, column: parts[2].column))
                made += expandLoops(in: instance, section: section).mapping ?? []
            }
            let keys = made.map(\.key)
            notes.append(
                "\(file):\(loop.line): \(section).\(loop.key): expanded (AWS::LanguageExtensions) into "
                    + (keys.isEmpty ? "nothing" : keys.map { "'\($0)'" }.joined(separator: ", ")))
            return made
        }
    }

    /// One identifier's value put into a copy of the loop's fragment.
    struct Substitution {
        let identifier: String
        let value: String

        func apply(to node: TemplateNode) -> TemplateNode {
            switch node.value {
            case .mapping(let entries):
                if entries.count == 1, entries[0].key == "Ref", entries[0].value.string == identifier {
                    return TemplateNode(.string(value), line: node.line, column: node.column)
                }
                if entries.count == 1, entries[0].key == "Fn::Sub" {
                    return substitutedSub(entries[0], in: node)
                }
                let mapped = entries.map { entry in
                    TemplateEntry(key: key(entry.key), line: entry.line, column: entry.column, value: apply(to: entry.value))
                }
                return TemplateNode(.mapping(mapped), line: node.line, column: node.column)
            case .sequence(let items):
                return TemplateNode(.sequence(items.map(apply)), line: node.line, column: node.column)
            default:
                return node
            }
        }

        private func key(_ key: String) -> String {
            key.replacing("${\(identifier)}", with: value)
                .replacing("&{\(identifier)}", with: value.alphanumericOnly)
        }

        /// `${Identifier}` in the string of an `Fn::Sub`, unless its own variables name it.
        private func substitutedSub(_ sub: TemplateEntry, in node: TemplateNode) -> TemplateNode {
            var argument = sub.value
            switch argument.value {
            case .string(let text):
                let substituted = text.replacing("${\(identifier)}", with: value)
                // Nothing left to substitute: the plain text, as the transform leaves it (so
                // `!GetAtt [!Sub "Bucket${Id}", Arn]` names the resource directly).
                if !substituted.contains("${") { return TemplateNode(.string(substituted), line: node.line, column: node.column) }
                argument.value = .string(substituted)
            case .sequence(var items) where items.count == 2:
                if let text = items[0].string, items[1][identifier] == nil {
                    items[0].value = .string(text.replacing("${\(identifier)}", with: value))
                }
                items[1] = apply(to: items[1])
                argument.value = .sequence(items)
            default:
                argument = apply(to: argument)
            }
            return TemplateNode(.mapping([TemplateEntry(key: sub.key, line: sub.line, column: sub.column, value: argument)]), line: node.line, column: node.column)
        }
    }
}
