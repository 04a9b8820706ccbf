#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What the process does before any command runs, so that output trouble is an error the
/// CLI reports and never a death by signal or a write into the wrong file.
enum ProcessSetup {
    /// The standard descriptors that were closed when the process started (`>&-`).
    struct ClosedStreams {
        var input = false
        var output = false
        var error = false
    }

    static func prepare() -> ClosedStreams {
        // A closed pipe and a file-size limit become EPIPE and EFBIG from write(2), which the
        // CLI handles, instead of SIGPIPE and SIGXFSZ, which would kill it mid-write.
        signal(SIGPIPE, SIG_IGN)
        signal(SIGXFSZ, SIG_IGN)
        // A closed 0, 1 or 2 would be reused by the next open(2): the CLI would then print
        // into a template. Holding /dev/null there keeps the slot; writes to a stream that
        // was closed are still reported as failed (see `StandardStream`).
        var closed = ClosedStreams()
        closed.input = occupyIfClosed(0)
        closed.output = occupyIfClosed(1)
        closed.error = occupyIfClosed(2)
        return closed
    }

    private static func occupyIfClosed(_ descriptor: Int32) -> Bool {
        guard fcntl(descriptor, F_GETFD) == -1 && errno == EBADF else { return false }
        let opened = open("/dev/null", O_RDWR)
        if opened >= 0 && opened != descriptor {
            dup2(opened, descriptor)
            close(opened)
        }
        return true
    }

    /// The process's arguments as given, or the index and bytes of the first one that is not
    /// UTF-8 (Swift's `CommandLine.arguments` would silently replace such bytes, and a
    /// different folder would be written).
    static func arguments() -> Result<[String], InvalidArgument> {
        var result: [String] = []
        for index in 1..<Int(CommandLine.argc) {
            guard let pointer = CommandLine.unsafeArgv[index] else { continue }
            guard let argument = String(validatingCString: pointer) else {
                let length = strlen(pointer)
                let bytes = (0..<length).map { UInt8(bitPattern: pointer[$0]) }
                return .failure(InvalidArgument(position: index, bytes: bytes))
            }
            result.append(argument)
        }
        return .success(result)
    }

    struct InvalidArgument: Error {
        let position: Int
        let bytes: [UInt8]

        /// The argument with every byte outside printable ASCII written as `\xHH`.
        var escaped: String {
            var text = ""
            for byte in bytes {
                if byte >= 0x20 && byte < 0x7F && byte != UInt8(ascii: "\\") {
                    text.unicodeScalars.append(Unicode.Scalar(byte))
                } else {
                    let hex = String(byte, radix: 16, uppercase: true)
                    text += "\\x" + (hex.count == 1 ? "0" + hex : hex)
                }
            }
            return text
        }
    }
}
