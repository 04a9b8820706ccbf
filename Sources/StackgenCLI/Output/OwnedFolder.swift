/// The output folder, and what stackgen owns in it.
///
/// Layout (README "Output handling"):
///
///     <out>/<name>                      → .stackgen/current/<name>   (one symlink per file)
///     <out>/.stackgen/current           → generations/g-<token>
///     <out>/.stackgen/generations/g-<token>/<name>, manifest
///     <out>/.stackgen/lock              held while the folder changes
///
/// A synth writes its whole set into a fresh generation folder, then switches `current` to
/// it with one atomic rename. Every file in the folder is read through `current`, so a
/// reader, and a run that was killed at any moment, sees the complete previous set or the
/// complete new one; the next run removes what a killed run left. Only names listed in the
/// manifest (or links of exactly the shape above) are ever replaced or removed: anything
/// else in the way stops the run before it writes. Other entries of `.stackgen/` (such as
/// `.stackgen/deploy/`) belong to other stackgen commands and are left alone.
public struct OwnedFolder: Sendable {
    /// The folder inside the output folder that holds stackgen's state.
    public static let stateFolder = ".stackgen"
    static let currentLink = "current"
    static let generationsFolder = "generations"
    static let lockFile = "lock"
    static let manifestFile = "manifest"
    static let generationPrefix = "g-"

    /// Where to write, as the file system sees it.
    public let path: String
    /// The folder as the user named it, for messages.
    public let displayName: String

    public init(path: String, displayName: String? = nil) {
        self.path = path
        self.displayName = displayName ?? path
    }

    /// What a synth did.
    public struct Report: Equatable, Sendable {
        public var written: [String] = []
        public var unchanged: [String] = []
        public var removed: [String] = []
        /// Files of the last set that were replaced by something else since (a user's edit
        /// saved as a new file): no longer stackgen's, so left alone.
        public var kept: [String] = []
    }

    /// The link a file of the set is reached through, relative to the output folder.
    static func linkTarget(for name: String) -> String { "\(stateFolder)/\(currentLink)/\(name)" }

    /// Replaces the set of files with `files` all at once.
    ///
    /// - Parameter prune: the set is exactly `files` (names of the previous set that are
    ///   not in it are removed); off, the previous set's other files are kept as they are.
    public func commit(_ files: [(name: String, bytes: [UInt8])], prune: Bool) throws(OutputFailure) -> Report {
        for file in files { try Self.checkName(file.name) }
        let folder = try openOrCreate()
        try checkNothingInTheWay(of: files.map(\.name), in: folder)
        let state: Directory
        let lock: Int32
        let generations: Directory
        do throws(Directory.Failure) {
            state = try folder.folder(Self.stateFolder, create: true)
            lock = try state.lock(Self.lockFile)
            generations = try state.folder(Self.generationsFolder, create: true)
        } catch {
            throw .cannotWrite(error)
        }
        defer { POSIX.closeDescriptor(lock) }
        let previous = Generation.current(in: state, generations: generations)
        try repair(folder: folder, state: state, generations: generations, current: previous)
        // The in-the-way check again, now that no other run can change the folder.
        try checkNothingInTheWay(of: files.map(\.name), in: folder)

        var report = Report()
        var set: [(name: String, bytes: [UInt8]?)] = []
        let given = Set(files.map(\.name))
        if !prune, let previous {
            for name in previous.names where !given.contains(name) { set.append((name, nil)) }
        }
        for file in files {
            let same = previous?.directory.read(file.name) == file.bytes
            if same { report.unchanged.append(file.name) } else { report.written.append(file.name) }
            set.append((file.name, same ? nil : file.bytes))
        }
        set.sort { $0.name < $1.name }
        let names = set.map(\.name)
        let removedNames = (previous?.names ?? []).filter { !names.contains($0) }
        if report.written.isEmpty, let previous, previous.names == names {
            try restoreLinks(names, in: folder)
            return report
        }
        let generation = try Generation.write(set, previous: previous, in: generations)
        var created: [String] = []
        do throws(Directory.Failure) {
            for name in names where folder.entry(name) == .missing {
                try folder.createSymlink(name, to: Self.linkTarget(for: name))
                created.append(name)
            }
            let temporary = "\(Self.currentLink)-\(RandomToken.make()).tmp"
            try state.createSymlink(temporary, to: "\(Self.generationsFolder)/\(generation)")
            do throws(Directory.Failure) {
                try state.rename(temporary, to: Self.currentLink)
            } catch {
                try? state.remove(temporary)
                throw error
            }
        } catch {
            for name in created { try? folder.remove(name) }
            try? generations.removeFolder(generation)
            throw .cannotWrite(error)
        }
        // The new set is in place; what follows only tidies up, and a failure says so.
        do throws(Directory.Failure) {
            for name in removedNames {
                guard folder.linkTarget(name) == Self.linkTarget(for: name) else {
                    if folder.entry(name) != .missing { report.kept.append(name) }
                    continue
                }
                try folder.remove(name)
                report.removed.append(name)
            }
            if let previous { try generations.removeFolder(previous.folderName) }
        } catch {
            throw .cannotRemove(error)
        }
        return report
    }

    /// Puts back links of the current set that someone deleted.
    private func restoreLinks(_ names: [String], in folder: Directory) throws(OutputFailure) {
        do throws(Directory.Failure) {
            for name in names where folder.entry(name) == .missing {
                try folder.createSymlink(name, to: Self.linkTarget(for: name))
            }
        } catch {
            throw .cannotWrite(error)
        }
    }

    /// A name of the set is a plain file name: emit makes `plan.json` and
    /// `<stack>.template.json`, and stack names are checked when the app is lowered.
    static func checkName(_ name: String) throws(OutputFailure) {
        let reserved = name.isEmpty || name == "." || name == ".." || name == stateFolder || name == manifestFile
        guard !reserved && !name.contains("/") && !name.contains("\n") && !name.contains("\0") else {
            throw OutputFailure(
                message: "internal error: emitted file name '\(name)' is not a plain file name, please report",
                hint: "nothing was written")
        }
    }

    func openOrCreate() throws(OutputFailure) -> Directory {
        switch POSIX.kind(of: path) {
        case .folder: break
        case .other:
            throw OutputFailure(message: "output path '\(displayName)' is a file, not a folder", hint: "remove it, or pick another folder with '--out'")
        case .missing:
            do throws(POSIX.Failure) {
                try POSIX.createFolder(path)
            } catch {
                throw OutputFailure(
                    message: "cannot create output folder '\(displayName)': \(error.reason)",
                    hint: "check the parent folder's permissions, or pick another with '--out'")
            }
        }
        do throws(Directory.Failure) {
            return try Directory.open(path, displayName: displayName)
        } catch {
            throw OutputFailure(message: "cannot open output folder '\(displayName)': \(error.reason)", hint: "check its permissions, or pick another with '--out'")
        }
    }

    /// Stops the run before it writes anything when a name it would write is taken by
    /// something stackgen did not make (git, rsync and install refuse the same way).
    private func checkNothingInTheWay(of names: [String], in folder: Directory) throws(OutputFailure) {
        var blocked = names.sorted().filter { name in
            folder.entry(name) != .missing && folder.linkTarget(name) != Self.linkTarget(for: name)
        }
        switch folder.entry(Self.stateFolder) {
        case .missing, .folder: break
        default: blocked.insert(Self.stateFolder, at: 0)
        }
        guard !blocked.isEmpty else { return }
        let list = blocked.map { "'\($0)'" }.joined(separator: ", ")
        let one = blocked.count == 1
        throw OutputFailure(
            message: "output folder '\(displayName)' has \(one ? "a file" : "files") stackgen did not write where it would write: \(list); nothing was written",
            hint: "stackgen replaces only files its manifest lists; move or delete \(one ? "it" : "them") if stackgen may replace \(one ? "it" : "them"), or pick another folder with '--out'")
    }
}
