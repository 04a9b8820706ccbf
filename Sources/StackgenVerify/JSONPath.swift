/// A position in a JSON document as a list of keys and indices. Walkers push and pop one
/// path instead of copying it per node; it becomes text only when a finding needs it.
struct JSONPath: Sendable, Hashable, CustomStringConvertible {
    private(set) var components: [String]

    init(_ components: String...) {
        self.components = components
    }

    mutating func push(_ key: String) { components.append(key) }
    mutating func push(index: Int) { components.append(String(index)) }
    mutating func pop() { components.removeLast() }

    var description: String { components.joined(separator: "/") }
}
