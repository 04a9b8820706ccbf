#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The few file-system and process calls the CLI needs, straight from the C library.
/// The CLI avoids Foundation so the `stackgen` process stays small (Foundation alone adds
/// about 9 MiB of resident memory on Linux), and errors come with the system's own words.
enum POSIX {
    struct Failure: Error {
        let code: Int32
        var reason: String { String(cString: strerror(code)).lowercased() }
    }

    static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    static func isTerminal(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }

    static func currentDirectory() -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buffer, buffer.count) != nil else { return "." }
        return String(cString: buffer)
    }

    static func processID() -> Int32 { getpid() }

    /// The path with every symlink, `.` and `..` resolved, or nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Writes all of `text` to a file descriptor (1 = stdout, 2 = stderr); errors are ignored
    /// here (see `writeAll` and `StandardStream` for writes that must not fail silently).
    static func write(_ text: String, to descriptor: Int32) {
        try? writeAll(Array(text.utf8), to: descriptor)
    }

    /// Writes all of `bytes`, retrying after a signal; a short or failed write throws the
    /// system's error (EPIPE, ENOSPC, EFBIG with SIGXFSZ ignored, EBADF…).
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) throws(Failure) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { systemWrite(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { throw Failure(code: written < 0 ? errno : EIO) }
            offset += written
        }
    }

    enum Kind { case missing, folder, other }

    /// With `followLinks` off a symlink is `.other`, whatever it points at.
    static func kind(of path: String, followLinks: Bool = true) -> Kind {
        var info = stat()
        guard (followLinks ? stat(path, &info) : lstat(path, &info)) == 0 else { return .missing }
        return (info.st_mode & S_IFMT) == S_IFDIR ? .folder : .other
    }

    /// `mkdir -p`.
    static func createFolder(_ path: String) throws(Failure) {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/") {
            prefix += component + "/"
            if mkdir(prefix, 0o755) != 0 && errno != EEXIST { throw Failure(code: errno) }
        }
        guard kind(of: path) == .folder else { throw Failure(code: ENOTDIR) }
    }

    /// The bytes of the file at `path` (relative to the folder `descriptor` when given), or
    /// nil when it cannot be read; with `followLinks` off, a symlink is not read through.
    static func readFile(_ path: String, relativeTo descriptor: Int32 = AT_FDCWD, followLinks: Bool = true) -> [UInt8]? {
        let opened = openat(descriptor, path, O_RDONLY | O_CLOEXEC | (followLinks ? 0 : O_NOFOLLOW))
        guard opened >= 0 else { return nil }
        defer { close(opened) }
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(opened, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return count == 0 ? result : nil }
            result.append(contentsOf: chunk[0..<count])
        }
    }

    /// Creates or truncates `path` and writes `bytes`. The last component is never followed
    /// when it is a symlink (ELOOP): a planted link cannot redirect the write.
    static func writeFile(_ path: String, _ bytes: [UInt8]) throws(Failure) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(code: errno) }
        do throws(Failure) {
            try writeAll(bytes, to: descriptor)
        } catch {
            close(descriptor)
            throw error
        }
        guard close(descriptor) == 0 else { throw Failure(code: errno) }
    }

    static func rename(_ from: String, to: String) throws(Failure) {
        guard systemRename(from, to) == 0 else { throw Failure(code: errno) }
    }

    static func remove(_ path: String) -> Bool { unlink(path) == 0 }

    /// The target of the symlink at `path`, or nil when it is not one.
    static func readLink(_ path: String, relativeTo descriptor: Int32 = AT_FDCWD) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlinkat(descriptor, path, &buffer, buffer.count - 1)
        guard count >= 0 else { return nil }
        return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static func closeDescriptor(_ descriptor: Int32) { close(descriptor) }

    /// Entry names of `folder`, sorted, without `.` and `..`; none when it cannot be read.
    static func entries(of folder: String) -> [String] {
        (try? Directory.open(folder).entries()) ?? []
    }
}

// The C functions under names that do not collide with the wrappers above.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}

private func systemRename(_ from: String, _ to: String) -> Int32 {
    rename(from, to)
}
