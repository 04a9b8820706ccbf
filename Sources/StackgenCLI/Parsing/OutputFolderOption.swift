/// `--out`: the output folder, refused where writing could cost the user their work.
enum OutputFolderOption {
    static let spec = OptionSpec(
        "--out", value: "folder",
        help: "Output folder (default: stackgen.out/<app>). Not '/', nor a folder with a Package.swift.")

    /// The folder as the user wrote it; an empty value is refused (it would mean the
    /// working folder, which nobody asks for by typing nothing).
    static func folder(_ options: ParsedOptions, app: String, command: CommandSpec) throws(UsageError) -> String {
        guard let value = options.value("--out") else { return "stackgen.out/\(app)" }
        guard !value.isEmpty else {
            throw UsageError(message: "option '--out' needs a folder, not an empty value (for the current folder, write '--out .')", command: command)
        }
        return value
    }

    /// Refuses to write into `/` or into a Swift package's own folder (`--out .` from the
    /// package root): synth would put its files among the user's.
    static func checkWritable(_ folder: String, path: String, command: CommandSpec) throws(UsageError) {
        if isRoot(path) || POSIX.realPath(path) == "/" {
            throw UsageError(message: "refusing to write into '/' (from '--out \(folder)'); pick a folder of its own", command: command)
        }
        if POSIX.kind(of: "\(path)/Package.swift") != .missing {
            throw UsageError(
                message: "refusing to write into '\(folder)': it holds a Package.swift, and the output would mix with your sources; "
                    + "pick a folder of its own, such as 'stackgen.out/<app>'",
                command: command)
        }
    }

    /// Whether the absolute `path` names `/` once `.` and `..` are taken out.
    static func isRoot(_ path: String) -> Bool {
        var depth = 0
        for component in path.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": depth = max(0, depth - 1)
            default: depth += 1
            }
        }
        return depth == 0
    }
}
