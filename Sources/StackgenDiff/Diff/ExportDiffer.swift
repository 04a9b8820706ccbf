/// Exports added, removed, renamed and changed in value, with their importers.
struct ExportDiffer {
    let old: Baseline
    let new: Baseline
    /// Logical ids each stack's change replaces.
    let replaced: [String: Set<String>]

    func changes() -> [ExportChange] {
        let before = old.exports
        let after = new.exports
        var removed = before.keys.filter { after[$0] == nil }.sorted()
        var added = after.keys.filter { before[$0] == nil }.sorted()
        var changes: [ExportChange] = []
        // A rename: the same producer exports the same value under a new name.
        for key in removed {
            guard let (stack, output) = before[key],
                let match = added.first(where: { after[$0]?.stack.name == stack.name && after[$0]?.output.value == output.value })
            else { continue }
            changes.append(change(match, kind: .renamed(from: key.name), before: before[key], after: after[match], importersOf: key))
            removed.removeAll { $0 == key }
            added.removeAll { $0 == match }
        }
        for key in removed { changes.append(change(key, kind: .removed, before: before[key], after: nil, importersOf: key)) }
        for key in added { changes.append(change(key, kind: .added, before: nil, after: after[key], importersOf: key)) }
        for key in before.keys.sorted() {
            guard let was = before[key], let now = after[key], let reason = valueChange(was, now) else { continue }
            changes.append(change(key, kind: .changed(reason: reason), before: was, after: now, importersOf: key))
        }
        return changes.sorted { ($0.name, $0.region) < ($1.name, $1.region) }
    }

    private typealias Export = (stack: StackSnapshot, output: OutputSnapshot)

    /// Why the value the export carries is no longer the same, or nil when it is.
    private func valueChange(_ was: Export, _ now: Export) -> String? {
        if was.stack.name != now.stack.name { return "moves from '\(was.stack.name)' to '\(now.stack.name)'" }
        if was.output.value != now.output.value { return "its value changes from \(was.output.value.compact) to \(now.output.value.compact)" }
        let gone = now.output.value.referencedNames.intersection(replaced[now.stack.name] ?? []).sorted()
        guard !gone.isEmpty else { return nil }
        let names = gone.map { "'\($0)'" }.joined(separator: ", ")
        return "\(names) \(gone.count == 1 ? "is" : "are") replaced, so \(now.output.value.compact) gets a new value"
    }

    private func change(_ key: ExportKey, kind: ExportChange.Kind, before: Export?, after: Export?, importersOf old: ExportKey) -> ExportChange {
        ExportChange(
            name: key.name, region: key.region, kind: kind, producerBefore: before?.stack.name, producerAfter: after?.stack.name,
            valueBefore: before?.output.value, valueAfter: after?.output.value,
            importersBefore: Array(Set(self.old.importers(of: old) + (self.old.outsideImporters[old] ?? []))).sorted(),
            importersAfter: new.importers(of: key))
    }
}
