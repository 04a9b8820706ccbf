extension OwnedFolder {
    /// Writes one file of stackgen's own state (a deploy journal, say) atomically: into a
    /// temporary file with an unpredictable name beside it (`O_EXCL|O_NOFOLLOW`), then
    /// renamed over it, so a reader and a killed run see the old bytes or the new ones.
    /// A replaced file keeps its permission bits; folders on the way are created.
    ///
    /// - Parameter relativePath: relative to the output folder and inside `.stackgen/`, e.g.
    ///   `.stackgen/deploy/journal.json`; never one of the entries synth manages there
    ///   (`current`, `generations`, `lock`), never through a symlink.
    public func writeAtomically(relativePath: String, bytes: [UInt8]) throws(OutputFailure) {
        let components = relativePath.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let reserved: Set<String> = [Self.currentLink, Self.generationsFolder, Self.lockFile]
        guard components.count >= 2, components[0] == Self.stateFolder, !reserved.contains(components[1]),
            components.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." && !$0.contains("\0") })
        else {
            throw OutputFailure(
                message: "internal error: state file '\(relativePath)' is not a path inside '\(Self.stateFolder)/', please report",
                hint: "nothing was written")
        }
        let name = components[components.count - 1]
        let temporary = ".\(name).\(RandomToken.make()).tmp"
        let root = try openOrCreate()
        do throws(Directory.Failure) {
            var folder = try root.folder(Self.stateFolder, create: true)
            let lock = try folder.lock(Self.lockFile)
            defer { POSIX.closeDescriptor(lock) }
            for component in components.dropFirst().dropLast() { folder = try folder.folder(component, create: true) }
            try removeTemporaries(of: name, in: folder)
            try folder.createFile(temporary, bytes, mode: folder.entry(name).mode)
            do throws(Directory.Failure) {
                try folder.rename(temporary, to: name)
            } catch {
                try? folder.remove(temporary)
                throw error
            }
        } catch {
            throw OutputFailure(
                message: "cannot write '\(error.path)': \(error.reason)",
                hint: "check the folder's permissions and free space; the previous '\(relativePath)' is unchanged")
        }
    }

    /// Temporary files of `name` that a killed writer left: `.<name>.<token>.tmp`.
    private func removeTemporaries(of name: String, in folder: Directory) throws(Directory.Failure) {
        let prefix = ".\(name)."
        for entry in try folder.entries() where entry.hasPrefix(prefix) && entry.hasSuffix(".tmp") {
            if RandomToken.isToken(entry.dropFirst(prefix.count).dropLast(4)) && folder.entry(entry) != .folder {
                try folder.remove(entry)
            }
        }
    }

    /// The folder of the current set (`.stackgen/generations/g-<token>`), for a reader that
    /// must see one set even while a synth switches to the next; nil before the first synth.
    public func currentGenerationPath() -> String? {
        guard let target = POSIX.readLink("\(path)/\(Self.stateFolder)/\(Self.currentLink)") else { return nil }
        return "\(path)/\(Self.stateFolder)/\(target)"
    }
}
