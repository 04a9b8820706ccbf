import Foundation

/// What a user sees in an output folder, read the way any tool would (through links).
struct OutputFolderInspection {
    let folder: URL
    private var files: FileManager { .default }

    /// Every top-level file that can be read, by name, with its text. `.stackgen` and links
    /// that lead nowhere (allowed only in stackgen's own shape) are not files of the set.
    func visibleFiles() throws -> [String: String] {
        var result: [String: String] = [:]
        for name in try files.contentsOfDirectory(atPath: folder.path) where name != ".stackgen" {
            let url = folder.appendingPathComponent(name)
            if let data = files.contents(atPath: url.path) {
                result[name] = String(decoding: data, as: UTF8.self)
            } else {
                let target = try? files.destinationOfSymbolicLink(atPath: url.path)
                guard target == ".stackgen/current/\(name)" else {
                    throw Unexpected(description: "'\(name)' cannot be read and is not a link of stackgen's shape")
                }
            }
        }
        return result
    }

    /// The names the current manifest lists, or nil when there is none.
    func manifest() -> [String]? {
        guard let data = files.contents(atPath: folder.appendingPathComponent(".stackgen/current/manifest").path) else { return nil }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        guard lines.first == "stackgen-manifest 1" else { return nil }
        return Array(lines.dropFirst())
    }

    /// What a finished run must not leave: temporary links, extra generations, links that
    /// lead nowhere.
    func leftovers() throws -> [String] {
        let state = folder.appendingPathComponent(".stackgen")
        var found = try files.contentsOfDirectory(atPath: state.path).filter { !["current", "generations", "lock", "deploy"].contains($0) }
        let generations = try files.contentsOfDirectory(atPath: state.appendingPathComponent("generations").path)
        if generations.count != 1 { found += generations.map { "generations/\($0)" } }
        for name in try files.contentsOfDirectory(atPath: folder.path) where name != ".stackgen" {
            if files.contents(atPath: folder.appendingPathComponent(name).path) == nil { found.append(name) }
        }
        return found.sorted()
    }

    struct Unexpected: Error, CustomStringConvertible {
        let description: String
    }
}
