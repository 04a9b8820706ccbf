/// The one mistake a generated app may carry, and the diagnostic it must produce.
enum Fault: Sendable, Hashable {
    /// Stack `a` uses a value of stack `b`, which already uses a value of `a`.
    case cycle(a: Int, b: Int)
    /// A hand-written import of a name nothing exports.
    case missingExport(name: String, stack: Int)
    /// A hand-written import of a declared export made in another region.
    case crossRegionImport(name: String, producer: Int, consumer: Int)
    /// Two stacks in one account and region declare the same export name.
    case duplicateExport(name: String, stacks: [Int])

    var label: String {
        switch self {
        case .cycle: "cycle"
        case .missingExport: "missing export"
        case .crossRegionImport: "cross-region import"
        case .duplicateExport: "duplicate export"
        }
    }
}
