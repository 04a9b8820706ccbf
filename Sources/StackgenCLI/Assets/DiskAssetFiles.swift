import StackgenCore
import StackgenEmit

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The asset stage's view of the disk: `lstat`, so a link inside a code folder is hashed as
/// a link and never followed out of it.
struct DiskAssetFiles: AssetFileSystem {
    func entry(at path: String) -> AssetEntry? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        let mode = UInt32(info.st_mode)
        switch mode & UInt32(S_IFMT) {
        case UInt32(S_IFDIR): return .folder(mode: mode)
        case UInt32(S_IFLNK):
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(path, &buffer, buffer.count - 1)
            guard count >= 0 else { return .link(target: "") }
            return .link(target: String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self))
        default: return .file(mode: mode)
        }
    }

    func children(of folder: String) -> [String] { POSIX.entries(of: folder) }

    func contents(of file: String) -> [UInt8]? { POSIX.readFile(file) }
}

extension Context {
    /// Asset inputs for a command run from the working folder: synth and validate warn
    /// about missing paths, deploy refuses them.
    func assetInputs(missing severity: Diagnostic.Severity = .warning, notDeployed: Set<String> = []) -> AssetInputs {
        AssetInputs(workingDirectory: workingDirectory, fileSystem: DiskAssetFiles(), missingSeverity: severity, notDeployed: notDeployed)
    }
}
