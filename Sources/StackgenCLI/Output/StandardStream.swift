#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One of the process's output streams. The first write error is kept and the stream takes
/// no more writes after it: a closed pipe (EPIPE) is the reader's choice and ends the output
/// quietly; any other error (a full disk, a closed descriptor, a file-size limit) makes the
/// command fail with the system's reason once it is done (`StackgenCommandLine.main`).
final class StandardStream: @unchecked Sendable {
    static let output = StandardStream(descriptor: 1, name: "standard output")
    static let error = StandardStream(descriptor: 2, name: "standard error")

    let descriptor: Int32
    let name: String
    private let lock = Lock()
    private var failureCode: Int32?

    private init(descriptor: Int32, name: String) {
        self.descriptor = descriptor
        self.name = name
    }

    func write(_ text: String) {
        lock.withLock {
            guard failureCode == nil else { return }
            do throws(POSIX.Failure) {
                try POSIX.writeAll(Array(text.utf8), to: descriptor)
            } catch {
                failureCode = error.code
            }
        }
    }

    /// Records a failure found before any write (the descriptor was closed at start).
    func fail(_ code: Int32) {
        lock.withLock { failureCode = failureCode ?? code }
    }

    /// The first write error, unless it was a closed pipe.
    var failure: POSIX.Failure? {
        lock.withLock { failureCode.flatMap { $0 == EPIPE ? nil : POSIX.Failure(code: $0) } }
    }

    /// The exit code once the command returned `code`: a write error on stdout fails a
    /// command that would have succeeded, and is reported on stderr (if that still works).
    static func exitCode(after code: Int32) -> Int32 {
        guard let failure = output.failure else { return code }
        error.write("Error: cannot write to \(output.name): \(failure.reason)\n")
        return code == 0 ? 1 : code
    }
}
