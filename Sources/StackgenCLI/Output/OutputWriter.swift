import Foundation
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

    public let folder: URL

    public init(folder: URL) {
        self.folder = folder
    }

    private var fileManager: FileManager { FileManager.default }

    /// - Parameter prune: remove `*.template.json` files not in `files` (off when only
    ///   some stacks were synthesized).
    public func write(_ files: [EmittedFile], prune: Bool) throws(Failure) -> Report {
        var report = Report()
        try createFolder()
        var staged: [(temporary: URL, target: URL)] = []
        do {
            for file in files {
                let target = folder.appendingPathComponent(file.path)
                let data = Data(file.contents.utf8)
                if let existing = try? Data(contentsOf: target), existing == data {
                    report.unchanged.append(file.path)
                    continue
                }
                let temporary = folder.appendingPathComponent(".\(file.path).stackgen-\(ProcessInfo.processInfo.processIdentifier).tmp")
                try data.write(to: temporary)
                staged.append((temporary, target))
                report.written.append(file.path)
            }
            for (temporary, target) in staged where rename(temporary.path, target.path) != 0 {
                throw NSError(domain: NSPOSIXErrorDomain, code: Int(errno))
            }
        } catch {
            for (temporary, _) in staged { try? fileManager.removeItem(at: temporary) }
            throw Failure(
                message: "cannot write to output folder '\(folder.relativePath)': \(Self.reason(error))",
                hint: "check the folder's permissions and free space, or pick another with '--out'")
        }
        if prune {
            let keep = Set(files.map(\.path))
            let present = (try? fileManager.contentsOfDirectory(atPath: folder.path)) ?? []
            for name in present.sorted() where name.hasSuffix(".template.json") && !keep.contains(name) {
                if (try? fileManager.removeItem(at: folder.appendingPathComponent(name))) != nil { report.removed.append(name) }
            }
        }
        return report
    }

    private func createFolder() throws(Failure) {
        var isFolder: ObjCBool = false
        if fileManager.fileExists(atPath: folder.path, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                throw Failure(message: "output path '\(folder.relativePath)' is a file, not a folder", hint: "remove it, or pick another folder with '--out'")
            }
            return
        }
        do {
            try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw Failure(
                message: "cannot create output folder '\(folder.relativePath)': \(Self.reason(error))",
                hint: "check the parent folder's permissions, or pick another with '--out'")
        }
    }

    private static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if nsError.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(nsError.code))).lowercased()
        }
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code))).lowercased()
        }
        if nsError.domain == NSCocoaErrorDomain {
            switch nsError.code {
            case NSFileWriteNoPermissionError, NSFileReadNoPermissionError: return "permission denied"
            case NSFileWriteOutOfSpaceError: return "no space left on device"
            case NSFileWriteVolumeReadOnlyError: return "read-only file system"
            default: break
            }
        }
        return nsError.localizedDescription.lowercased()
    }
}
