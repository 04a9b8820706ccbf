import Foundation

/// Writes generated files under the output directory: a file is rewritten only when its
/// bytes change (so incremental builds stay incremental), and `+Generated.swift` files
/// that are no longer produced are removed.
struct OutputWriter {
    let root: URL
    private(set) var written: Set<String> = []
    private(set) var changed = 0

    init(root: URL) { self.root = root }

    mutating func write(_ relativePath: String, _ contents: String) throws {
        let url = root.appendingPathComponent(relativePath)
        written.insert(url.standardizedFileURL.path)
        let data = Data(contents.utf8)
        if (try? Data(contentsOf: url)) == data { return }
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url, options: .atomic)
        changed += 1
    }

    /// Removes generated files not written in this run; returns how many.
    func removeStale() throws -> Int {
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else {
            return 0
        }
        var removed = 0
        for case let url as URL in walker where url.lastPathComponent.hasSuffix("+Generated.swift") {
            if !written.contains(url.standardizedFileURL.path) {
                try FileManager.default.removeItem(at: url)
                removed += 1
            }
        }
        return removed
    }
}
