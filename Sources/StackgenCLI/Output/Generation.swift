/// One complete set of output files in `.stackgen/generations/g-<token>/`, with the
/// manifest that lists them. A generation is written in full before `current` names it,
/// and never changed after.
struct Generation {
    let folderName: String
    let directory: Directory
    /// The files of the set, sorted.
    let names: [String]

    static let manifestHeader = "stackgen-manifest 1"

    /// The generation `current` names, or nil when there is none or it is not intact (then
    /// the folder has no previous set stackgen can vouch for, and none is replaced).
    static func current(in state: Directory, generations: Directory) -> Generation? {
        guard let target = state.linkTarget(OwnedFolder.currentLink),
            target.hasPrefix("\(OwnedFolder.generationsFolder)/"),
            case let name = String(target.dropFirst(OwnedFolder.generationsFolder.count + 1)),
            isGenerationName(name),
            let directory = try? generations.folder(name, create: false),
            let names = directory.read(OwnedFolder.manifestFile).flatMap(parseManifest)
        else { return nil }
        return Generation(folderName: name, directory: directory, names: names)
    }

    static func isGenerationName(_ name: String) -> Bool {
        name.hasPrefix(OwnedFolder.generationPrefix) && RandomToken.isToken(name.dropFirst(OwnedFolder.generationPrefix.count))
    }

    static func manifest(_ names: [String]) -> [UInt8] {
        Array(([manifestHeader] + names).map { $0 + "\n" }.joined().utf8)
    }

    static func parseManifest(_ bytes: [UInt8]) -> [String]? {
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init)
        guard lines.first == manifestHeader else { return nil }
        return Array(lines.dropFirst())
    }

    /// Writes a new generation: files with bytes are created (keeping the permission bits
    /// of the file they replace), files without are carried over from `previous` as a second
    /// link to the same file (so unchanged files keep their time stamps and bits). Returns
    /// the generation's folder name; on failure nothing of it is left.
    static func write(
        _ set: [(name: String, bytes: [UInt8]?)], previous: Generation?, in generations: Directory
    ) throws(OutputFailure) -> String {
        let name = OwnedFolder.generationPrefix + RandomToken.make()
        do throws(Directory.Failure) {
            let folder = try generations.createFolder(name)
            do throws(Directory.Failure) {
                for file in set {
                    try write(file.name, bytes: file.bytes, previous: previous, into: folder)
                }
                try folder.createFile(OwnedFolder.manifestFile, manifest(set.map(\.name)), mode: nil)
            } catch {
                try? generations.removeFolder(name)
                throw error
            }
        } catch {
            throw .cannotWrite(error)
        }
        return name
    }

    private static func write(_ name: String, bytes: [UInt8]?, previous: Generation?, into folder: Directory) throws(Directory.Failure) {
        let old = previous?.directory.entry(name)
        guard let bytes else {
            guard let previous else { return }
            do throws(Directory.Failure) {
                try folder.link(name, to: name, in: previous.directory)
            } catch {
                // A file system without hard links: copy, keeping the bits.
                guard let copy = previous.directory.read(name) else { throw error }
                try folder.createFile(name, copy, mode: old.flatMap(\.mode))
            }
            return
        }
        try folder.createFile(name, bytes, mode: old.flatMap(\.mode))
    }
}
