#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A folder opened once and then worked on by entry name (`openat`, `renameat`…), never by
/// path: a symlink planted at any name is seen as a symlink and never followed, and a folder
/// renamed under us cannot redirect a write.
final class Directory {
    /// A failed call, with the path it was about, for messages.
    struct Failure: Error {
        let path: String
        let code: Int32
        var reason: String { POSIX.Failure(code: code).reason }
    }

    enum Entry: Equatable {
        case missing
        case file(mode: mode_t)
        case folder
        case symlink
        case other
    }

    let descriptor: Int32
    /// For messages: the path as the user would write it.
    let path: String

    private init(descriptor: Int32, path: String) {
        self.descriptor = descriptor
        self.path = path
    }

    deinit { close(descriptor) }

    /// Opens `path` (which may be a symlink the user chose, like any path they type);
    /// messages name it `displayName`.
    static func open(_ path: String, displayName: String? = nil) throws(Failure) -> Directory {
        let descriptor = systemOpen(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure(path: displayName ?? path, code: errno) }
        return Directory(descriptor: descriptor, path: displayName ?? path)
    }

    func child(_ name: String) -> String { "\(path)/\(name)" }

    /// Opens the sub-folder `name`; a symlink there is refused (ELOOP or ENOTDIR).
    func folder(_ name: String, create: Bool) throws(Failure) -> Directory {
        if create && mkdirat(descriptor, name, 0o755) != 0 && errno != EEXIST {
            throw Failure(path: child(name), code: errno)
        }
        let opened = openat(descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard opened >= 0 else { throw Failure(path: child(name), code: errno == ELOOP ? ENOTDIR : errno) }
        return Directory(descriptor: opened, path: child(name))
    }

    /// Creates the sub-folder `name`; it must not exist yet.
    func createFolder(_ name: String) throws(Failure) -> Directory {
        guard mkdirat(descriptor, name, 0o755) == 0 else { throw Failure(path: child(name), code: errno) }
        return try folder(name, create: false)
    }

    func entry(_ name: String) -> Entry {
        var info = stat()
        guard fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file(mode: info.st_mode & 0o7777)
        case S_IFDIR: return .folder
        case S_IFLNK: return .symlink
        default: return .other
        }
    }

    /// The target of the symlink `name`, or nil when it is not one.
    func linkTarget(_ name: String) -> String? { POSIX.readLink(name, relativeTo: descriptor) }

    /// The bytes of the regular file `name`, or nil when it is missing, a symlink, or
    /// unreadable.
    func read(_ name: String) -> [UInt8]? { POSIX.readFile(name, relativeTo: descriptor, followLinks: false) }

    /// Creates `name`, which must not exist (`O_EXCL`, never through a symlink), writes
    /// `bytes` and sets `mode` exactly (a replaced file keeps its bits; umask applies only to
    /// new files, via the caller's choice of mode). A failed write removes the file again.
    func createFile(_ name: String, _ bytes: [UInt8], mode: mode_t?) throws(Failure) {
        let opened = openat(descriptor, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard opened >= 0 else { throw Failure(path: child(name), code: errno) }
        var code: Int32 = 0
        do throws(POSIX.Failure) {
            try POSIX.writeAll(bytes, to: opened)
            if let mode, fchmod(opened, mode) != 0 { code = errno }
        } catch {
            code = error.code
        }
        if close(opened) != 0 && code == 0 { code = errno }
        guard code == 0 else {
            unlinkat(descriptor, name, 0)
            throw Failure(path: child(name), code: code)
        }
    }

    /// Makes `name` here a second name of `source`'s regular file `sourceName`.
    func link(_ name: String, to sourceName: String, in source: Directory) throws(Failure) {
        guard linkat(source.descriptor, sourceName, descriptor, name, 0) == 0 else {
            throw Failure(path: child(name), code: errno)
        }
    }

    /// Creates the symlink `name` → `target`; `name` must not exist.
    func createSymlink(_ name: String, to target: String) throws(Failure) {
        guard symlinkat(target, descriptor, name) == 0 else { throw Failure(path: child(name), code: errno) }
    }

    /// Renames `name` to `newName` in the same folder, replacing `newName` atomically.
    func rename(_ name: String, to newName: String) throws(Failure) {
        guard renameat(descriptor, name, descriptor, newName) == 0 else { throw Failure(path: child(newName), code: errno) }
    }

    /// Removes the entry `name` (a file or a symlink, never what a symlink points to);
    /// a missing entry is not an error.
    func remove(_ name: String) throws(Failure) {
        guard unlinkat(descriptor, name, 0) == 0 || errno == ENOENT else { throw Failure(path: child(name), code: errno) }
    }

    /// Removes the folder `name` with the files in it (one level: what stackgen puts there).
    /// A symlink at `name` is removed itself, never followed.
    func removeFolder(_ name: String) throws(Failure) {
        guard entry(name) == .folder else { return try remove(name) }
        let inner = try folder(name, create: false)
        for entry in try inner.entries() where inner.entry(entry) == .folder {
            try inner.removeFolder(entry)
        }
        for entry in try inner.entries() { try inner.remove(entry) }
        guard unlinkat(descriptor, name, AT_REMOVEDIR) == 0 || errno == ENOENT else {
            throw Failure(path: child(name), code: errno)
        }
    }

    /// Entry names, sorted, without `.` and `..`.
    func entries() throws(Failure) -> [String] {
        let copy = dup(descriptor)
        guard copy >= 0 else { throw Failure(path: path, code: errno) }
        lseek(copy, 0, SEEK_SET)
        guard let stream = fdopendir(copy) else {
            let code = errno
            close(copy)
            throw Failure(path: path, code: code)
        }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    /// Holds an exclusive `flock` on the file `name` (created if needed) until the returned
    /// descriptor is closed, or the process ends, however it ends.
    func lock(_ name: String) throws(Failure) -> Int32 {
        let opened = openat(descriptor, name, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard opened >= 0 else { throw Failure(path: child(name), code: errno) }
        while flock(opened, LOCK_EX) != 0 {
            if errno == EINTR { continue }
            let code = errno
            close(opened)
            throw Failure(path: child(name), code: code)
        }
        return opened
    }
}

extension Directory.Entry {
    /// The permission bits of a regular file.
    var mode: mode_t? {
        if case .file(let mode) = self { return mode }
        return nil
    }
}

// The C functions under names that do not collide with the methods above.
private func systemOpen(_ path: String, _ flags: Int32) -> Int32 { open(path, flags) }
