import StackgenDeploy

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The deploy journal on disk, and the `.stackgen/` folder it lives in. Everything the
/// deploy writes into the output folder goes through here (temporary file, then rename),
/// so it can move to the output folder's ownership manifest in one place.
struct JournalFile {
    let outputFolder: String

    var folder: String { "\(outputFolder)/.stackgen" }
    var path: String { "\(folder)/deploy-journal.txt" }
    var packagedFolder: String { "\(folder)/packaged" }

    /// Creates `.stackgen/packaged/`; refuses a `.stackgen` that is a link, which would
    /// lead writes out of the output folder.
    func prepare() throws(POSIX.Failure) {
        var info = stat()
        if lstat(folder, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK { throw POSIX.Failure(code: ELOOP) }
        try POSIX.createFolder(packagedFolder)
    }

    func read() -> Journal? {
        POSIX.readFile(path).flatMap { Journal(text: String(decoding: $0, as: UTF8.self)) }
    }

    func write(_ journal: Journal) throws(POSIX.Failure) {
        let temporary = "\(folder)/.deploy-journal.txt.stackgen-\(POSIX.processID()).tmp"
        try POSIX.writeFile(temporary, Array(journal.text.utf8))
        try POSIX.rename(temporary, to: path)
    }
}
