import StackgenEmit

/// Writes emitted files into the output folder so that a failure leaves the previous
/// output as it was: every new or changed file is first written beside its target under a
/// temporary name; only when all of them are written are they renamed into place (each
/// rename is atomic). Unchanged files are not touched, and templates of stacks that no
/// longer exist are removed last.
public struct OutputWriter: Sendable {
    public struct Report: Equatable, Sendable {
        public var written: [String] = []
        public var unchanged: [String] = []
        public var removed: [String] = []
    }

    public struct Failure: Error {
        public let message: String
        public let hint: String
    }

    /// Where to write, as the file system sees it.
    public let path: String
    /// The folder as the user named it, for messages.
    public let displayName: String

    public init(path: String, displayName: String? = nil) {
        self.path = path
        self.displayName = displayName ?? path
    }

    /// - Parameter prune: remove `*.template.json` files not in `files` (off when only
    ///   some stacks were synthesized).
    public func write(_ files: [EmittedFile], prune: Bool) throws(Failure) -> Report {
        var report = Report()
        try createFolder()
        var staged: [(temporary: String, target: String)] = []
        do throws(POSIX.Failure) {
            for file in files {
                let target = "\(path)/\(file.path)"
                let bytes = Array(file.contents.utf8)
                if POSIX.readFile(target) == bytes {
                    report.unchanged.append(file.path)
                    continue
                }
                let temporary = "\(path)/.\(file.path).stackgen-\(POSIX.processID()).tmp"
                staged.append((temporary, target))
                try POSIX.writeFile(temporary, bytes)
                report.written.append(file.path)
            }
            for (temporary, target) in staged { try POSIX.rename(temporary, to: target) }
        } catch {
            for (temporary, _) in staged { _ = POSIX.remove(temporary) }
            throw Failure(
                message: "cannot write to output folder '\(displayName)': \(error.reason)",
                hint: "check the folder's permissions and free space, or pick another with '--out'")
        }
        if prune {
            let keep = Set(files.map(\.path))
            for name in POSIX.entries(of: path) where name.hasSuffix(".template.json") && !keep.contains(name) {
                if POSIX.remove("\(path)/\(name)") { report.removed.append(name) }
            }
        }
        return report
    }

    private func createFolder() throws(Failure) {
        switch POSIX.kind(of: path) {
        case .folder: return
        case .other:
            throw Failure(message: "output path '\(displayName)' is a file, not a folder", hint: "remove it, or pick another folder with '--out'")
        case .missing:
            do throws(POSIX.Failure) {
                try POSIX.createFolder(path)
            } catch {
                throw Failure(
                    message: "cannot create output folder '\(displayName)': \(error.reason)",
                    hint: "check the parent folder's permissions, or pick another with '--out'")
            }
        }
    }
}
