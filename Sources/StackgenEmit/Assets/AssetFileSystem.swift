/// What the asset stage reads from disk, so the stage stays testable in memory and the
/// CLI alone touches the file system. Paths are absolute, or relative to the folder the
/// implementation was made for.
public protocol AssetFileSystem: Sendable {
    /// Nil when nothing is there. Symbolic links are reported as links, never followed.
    func entry(at path: String) -> AssetEntry?
    /// Names in the folder, sorted by their UTF-8 bytes.
    func children(of folder: String) -> [String]
    func contents(of file: String) -> [UInt8]?
}

public enum AssetEntry: Sendable, Hashable {
    case file(mode: UInt32)
    case folder(mode: UInt32)
    case link(target: String)
}

/// Content hashes of files and folder trees: the same tree gives the same hash on every
/// machine (sorted entries, file bytes and permission bits; no times, owners or sizes on disk).
enum ContentHash {
    static func of(_ path: String, in fileSystem: any AssetFileSystem) -> String? {
        guard fileSystem.entry(at: path) != nil else { return nil }
        var hasher = SHA256()
        add(path, relative: ".", to: &hasher, in: fileSystem)
        return "sha256:" + hasher.finalize()
    }

    private static func add(_ path: String, relative: String, to hasher: inout SHA256, in fileSystem: any AssetFileSystem) {
        switch fileSystem.entry(at: path) {
        case .file(let mode):
            let bytes = fileSystem.contents(of: path) ?? []
            hasher.update("file \(relative) \(octal(mode)) \(bytes.count)\n")
            hasher.update(bytes)
        case .folder(let mode):
            hasher.update("folder \(relative) \(octal(mode))\n")
            for name in fileSystem.children(of: path).sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
                add("\(path)/\(name)", relative: relative == "." ? name : "\(relative)/\(name)", to: &hasher, in: fileSystem)
            }
        case .link(let target):
            hasher.update("link \(relative) \(target)\n")
        case nil:
            hasher.update("missing \(relative)\n")
        }
    }

    private static func octal(_ mode: UInt32) -> String { String(mode & 0o7777, radix: 8) }
}
