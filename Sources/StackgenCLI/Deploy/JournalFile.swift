import StackgenDeploy

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What deploy keeps in the output folder's `.stackgen/`: the journal and the packaged
/// templates. Every write goes through the folder's ownership rules
/// (`OwnedFolder.writeAtomically`: a temporary file, then a rename, never through a
/// symlink), and nothing is read through a `.stackgen` that is a link out of the folder.
struct JournalFile {
    static let journalName = "deploy-journal.txt"
    static let packagedName = "packaged"

    let outputFolder: String
    let displayName: String

    init(outputFolder: String, displayName: String? = nil) {
        self.outputFolder = outputFolder
        self.displayName = displayName ?? outputFolder
    }

    var owned: OwnedFolder { OwnedFolder(path: outputFolder, displayName: displayName) }
    var folder: String { "\(outputFolder)/\(OwnedFolder.stateFolder)" }
    var path: String { "\(folder)/\(Self.journalName)" }

    /// Creates `.stackgen/`; refuses one that is a link (ELOOP), which would lead writes out
    /// of the output folder.
    func prepare() throws(POSIX.Failure) {
        if POSIX.kind(of: folder, followLinks: false) == .other { throw POSIX.Failure(code: ELOOP) }
        try POSIX.createFolder(folder)
    }

    /// Nil when there is none, it is not a journal, or `.stackgen` is not a plain folder.
    func read() -> Journal? {
        guard POSIX.kind(of: folder, followLinks: false) == .folder else { return nil }
        return POSIX.readFile(path, followLinks: false).flatMap { Journal(text: String(decoding: $0, as: UTF8.self)) }
    }

    func write(_ journal: Journal) throws(OutputFailure) {
        try owned.writeAtomically(relativePath: "\(OwnedFolder.stateFolder)/\(Self.journalName)", bytes: Array(journal.text.utf8))
    }

    /// Stores what `aws cloudformation package` printed as `.stackgen/packaged/<name>` and
    /// returns the path to deploy it from.
    func keepPackaged(_ name: String, _ bytes: [UInt8]) -> Result<String, DeploySettings.WriteFailure> {
        let relative = "\(OwnedFolder.stateFolder)/\(Self.packagedName)/\(name)"
        do throws(OutputFailure) {
            try owned.writeAtomically(relativePath: relative, bytes: bytes)
            return .success("\(outputFolder)/\(relative)")
        } catch {
            return .failure(DeploySettings.WriteFailure(reason: "cannot keep the packaged template: \(error.message)"))
        }
    }
}
