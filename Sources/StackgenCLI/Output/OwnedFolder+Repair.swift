extension OwnedFolder {
    /// Removes what an earlier run that was killed, or that failed, left behind, and only
    /// entries of the exact shapes stackgen creates: links to `.stackgen/current/<own
    /// name>` that the current set does not list, temporary `current-<token>.tmp` links,
    /// generation folders `g-<token>` other than the current one, and the temporary files of
    /// stackgen versions before the manifest (`.<name>.stackgen-<pid>.tmp`).
    func repair(folder: Directory, state: Directory, generations: Directory, current: Generation?) throws(OutputFailure) {
        let listed = Set(current?.names ?? [])
        do throws(Directory.Failure) {
            for name in try folder.entries() {
                if !listed.contains(name) && folder.linkTarget(name) == Self.linkTarget(for: name) {
                    try folder.remove(name)
                } else if Self.isLegacyTemporary(name) && folder.entry(name) != .folder {
                    try folder.remove(name)
                }
            }
            for name in try state.entries() where Self.isTemporaryLink(name) && state.entry(name) == .symlink {
                try state.remove(name)
            }
            for name in try generations.entries() where Generation.isGenerationName(name) && name != current?.folderName {
                try generations.removeFolder(name)
            }
        } catch {
            throw OutputFailure(
                message: "cannot remove '\(error.path)', left by an earlier run: \(error.reason)",
                hint: "fix the folder's permissions or remove it by hand, then run synth again; nothing was written")
        }
    }

    /// `current-<token>.tmp`.
    static func isTemporaryLink(_ name: String) -> Bool {
        let prefix = "\(currentLink)-"
        guard name.hasPrefix(prefix) && name.hasSuffix(".tmp") else { return false }
        return RandomToken.isToken(name.dropFirst(prefix.count).dropLast(4))
    }

    /// `.<name>.stackgen-<digits>.tmp`, the pattern of stackgen 0.1.0's temporary files.
    static func isLegacyTemporary(_ name: String) -> Bool {
        guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return false }
        let parts = name.dropLast(4).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 2, let digits = parts.last, !digits.isEmpty else { return false }
        return digits.utf8.allSatisfy { (0x30...0x39).contains($0) } && parts[parts.count - 2].hasSuffix(".stackgen")
    }
}
