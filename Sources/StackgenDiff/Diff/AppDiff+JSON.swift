import StackgenEmit

extension AppDiff {
    /// `stackgen diff --format json`, version 1. Absent values are `null`, never missing.
    public var json: JSONValue {
        .object([
            ("version", .integer(1)),
            ("app", .string(app)),
            ("baseline", .string(baseline)),
            ("stacks", .array(stacks.map(\.json))),
            ("exports", .array(exports.map(\.json))),
        ])
    }
}

extension StackDiff {
    var json: JSONValue {
        .object([
            ("name", .string(name)),
            ("region", .string(region)),
            ("status", .string(status.rawValue)),
            ("resources", .array(resources.map(\.json))),
            ("outputs", .array(outputs.map(JSONValue.string))),
            ("parameters", .array(parameters.map(JSONValue.string))),
        ])
    }
}

extension ResourceChange {
    var json: JSONValue {
        .object([
            ("logicalId", .string(logicalID)),
            ("type", .string(type)),
            ("change", .string(kind.rawValue)),
            ("paths", .array(paths.map(JSONValue.string))),
            ("replacement", replacement.map { .array($0.map(JSONValue.string)) } ?? .null),
            ("retainPolicy", retainPolicy.map(JSONValue.string) ?? .null),
            ("stateful", .boolean(stateful)),
        ])
    }
}

extension ExportChange {
    var json: JSONValue {
        let (change, previous, reason): (String, String?, String?) =
            switch kind {
            case .added: ("added", nil, nil)
            case .removed: ("removed", nil, nil)
            case .renamed(let from): ("renamed", from, nil)
            case .changed(let why): ("changed", nil, why)
            }
        return .object([
            ("name", .string(name)),
            ("region", .string(region)),
            ("change", .string(change)),
            ("previousName", previous.map(JSONValue.string) ?? .null),
            ("reason", reason.map(JSONValue.string) ?? .null),
            ("producerBefore", producerBefore.map(JSONValue.string) ?? .null),
            ("producerAfter", producerAfter.map(JSONValue.string) ?? .null),
            ("valueBefore", valueBefore?.json ?? .null),
            ("valueAfter", valueAfter?.json ?? .null),
            ("importersBefore", .array(importersBefore.map(JSONValue.string))),
            ("importersAfter", .array(importersAfter.map(JSONValue.string))),
        ])
    }
}
