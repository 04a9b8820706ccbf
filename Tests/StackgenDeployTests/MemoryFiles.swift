import StackgenEmit

/// A file tree in memory for the asset stage: paths are absolute, folders are implied by
/// the files below them unless listed with a mode of their own.
struct MemoryFiles: AssetFileSystem {
    var files: [String: (bytes: [UInt8], mode: UInt32)] = [:]
    var links: [String: String] = [:]

    mutating func add(_ path: String, _ text: String, mode: UInt32 = 0o100644) {
        files[path] = (Array(text.utf8), mode)
    }

    func entry(at path: String) -> AssetEntry? {
        if let file = files[path] { return .file(mode: file.mode) }
        if let target = links[path] { return .link(target: target) }
        let prefix = path.hasSuffix("/") ? path : path + "/"
        let below = files.keys.contains { $0.hasPrefix(prefix) } || links.keys.contains { $0.hasPrefix(prefix) }
        return below ? .folder(mode: 0o40755) : nil
    }

    func children(of folder: String) -> [String] {
        let prefix = folder + "/"
        let names = (Array(files.keys) + Array(links.keys)).filter { $0.hasPrefix(prefix) }.map { path in
            String(path.dropFirst(prefix.count).split(separator: "/").first ?? "")
        }
        // Deliberately unsorted: the hash must not depend on the order a disk lists.
        return Array(Set(names)).shuffled()
    }

    func contents(of file: String) -> [UInt8]? { files[file]?.bytes }
}
