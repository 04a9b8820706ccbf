/// Path arithmetic on `/`-separated strings, without touching the file system: assets are
/// written relative to the output folder so the output stays free of absolute paths.
public enum AssetPath {
    /// `a/./b/../c` → `a/c`; keeps a leading `/` and leading `..` of relative paths.
    public static func normalized(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/") where part != "." {
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
            } else if part == ".." && absolute {
                continue
            } else {
                parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        return absolute ? "/" + joined : (joined.isEmpty ? "." : joined)
    }

    /// `base` joined with `path` unless `path` is absolute.
    public static func joined(_ base: String, _ path: String) -> String {
        if path.hasPrefix("/") || base.isEmpty || base == "." { return normalized(path) }
        return normalized(base + "/" + path)
    }

    /// The path that leads from folder `from` to `to`; both absolute, or both relative to
    /// the same folder. Nil when a relative `from` climbs above its base (`../x`): the way
    /// back down is then unknown.
    public static func relative(from: String, to: String) -> String? {
        let source = normalized(from).split(separator: "/").filter { $0 != "." }
        let target = normalized(to).split(separator: "/").filter { $0 != "." }
        var common = 0
        while common < source.count, common < target.count, source[common] == target[common] { common += 1 }
        let climbs = source[common...]
        if climbs.contains("..") { return nil }
        let parts = Array(repeating: "..", count: climbs.count) + target[common...].map(String.init)
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }
}
