import StackgenCore

/// Every export of the app, by name, and the place (account + region) it lives in.
struct ExportTable {
    struct Entry: Hashable {
        let name: String
        let stack: String
        let outputKey: String
        let placement: Placement
        let location: SourceLocation
        var region: String { placement.region }
    }

    private(set) var byName: [String: [Entry]] = [:]

    mutating func add(_ entry: Entry) {
        byName[entry.name, default: []].append(entry)
    }

    /// The export a hand-written import in `region`/`account` would see.
    func entry(named name: String, in placement: Placement) -> Entry? {
        byName[name]?.first { $0.placement == placement }
    }

    func entries(named name: String) -> [Entry] { byName[name] ?? [] }

    var names: [String] { byName.keys.sorted() }

    /// Groups of entries that share a name inside one account and region.
    var duplicates: [[Entry]] {
        byName.keys.sorted().compactMap { name in
            let entries = byName[name]!
            let groups = Dictionary(grouping: entries) { "\($0.placement.account ?? "")/\($0.placement.region)" }
            return groups.keys.sorted().compactMap { key in groups[key]!.count > 1 ? groups[key]! : nil }
        }.flatMap { $0 }
    }
}
