#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What a finished child process left: its exit status and everything it printed.
public struct ProcessResult: Sendable, Hashable {
    public let status: Int32
    public let stdout: String
    public let stderr: String

    public init(status: Int32, stdout: String, stderr: String) {
        self.status = status
        self.stdout = stdout
        self.stderr = stderr
    }

    public var succeeded: Bool { status == 0 }
}

/// Runs programs: the AWS CLI for stack steps, `/bin/sh -c` for script steps. A protocol so
/// the runner above it is tested with recorded answers instead of processes.
public protocol CommandRunner: Sendable {
    /// - Parameters:
    ///   - arguments: `[program, argument…]`; the program is looked up on `PATH`.
    ///   - environment: added to (and overriding) the process's own environment.
    ///   - directory: where the child starts; nil keeps the current folder.
    func run(_ arguments: [String], environment: [String: String], directory: String?) -> ProcessResult
}

/// `posix_spawnp` with both output streams captured: no Foundation, no shell between
/// stackgen and the AWS CLI, so no argument is ever re-split or expanded.
public struct SpawnedProcesses: CommandRunner {
    /// Counts the processes and the wall time spent in them, for the closing summary.
    public let ledger = CallLedger()

    public init() {}

    public func run(_ arguments: [String], environment: [String: String], directory: String?) -> ProcessResult {
        let started = Clock.now()
        defer { ledger.add(seconds: Clock.now() - started) }
        // glibc's posix_spawn_file_actions_addchdir_np is not visible to Swift; a shell
        // that changes folder and then execs the program does the same.
        let arguments = directory.map { ["/bin/sh", "-c", "cd \"$1\" || exit 127; shift; exec \"$@\"", "sh", $0] + arguments } ?? arguments
        guard !arguments.isEmpty else { return ProcessResult(status: 127, stdout: "", stderr: "nothing to run") }
        var outPipe: [Int32] = [0, 0]
        var errPipe: [Int32] = [0, 0]
        guard pipe(&outPipe) == 0, pipe(&errPipe) == 0 else {
            return ProcessResult(status: 127, stdout: "", stderr: "cannot create a pipe: \(String(cString: strerror(errno)))")
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)
        for descriptor in outPipe + errPipe { posix_spawn_file_actions_addclose(&actions, descriptor) }

        let environmentLines = Self.mergedEnvironment(environment).map { "\($0.key)=\($0.value)" }
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        var envp: [UnsafeMutablePointer<CChar>?] = environmentLines.map { strdup($0) } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var child = pid_t()
        let spawned = posix_spawnp(&child, arguments[0], &actions, nil, &argv, &envp)
        close(outPipe[1])
        close(errPipe[1])
        guard spawned == 0 else {
            close(outPipe[0])
            close(errPipe[0])
            return ProcessResult(status: 127, stdout: "", stderr: "cannot run '\(arguments[0])': \(String(cString: strerror(spawned)))")
        }
        let (out, err) = Self.drain(outPipe[0], errPipe[0])
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0 && errno == EINTR {}
        let code: Int32 = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return ProcessResult(status: code, stdout: out, stderr: err)
    }

    /// Reads both pipes until both close, so a child that fills one never blocks on it.
    private static func drain(_ out: Int32, _ err: Int32) -> (String, String) {
        var buffers: [Int32: [UInt8]] = [out: [], err: []]
        var open = [out, err]
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while !open.isEmpty {
            var polls = open.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            let ready = poll(&polls, nfds_t(polls.count), -1)
            if ready < 0 {
                if errno == EINTR { continue }
                break
            }
            for entry in polls where entry.revents != 0 {
                let count = chunk.withUnsafeMutableBytes { read(entry.fd, $0.baseAddress, $0.count) }
                if count > 0 {
                    buffers[entry.fd, default: []].append(contentsOf: chunk[0..<count])
                } else if count == 0 || errno != EINTR {
                    close(entry.fd)
                    open.removeAll { $0 == entry.fd }
                }
            }
        }
        return (String(decoding: buffers[out] ?? [], as: UTF8.self), String(decoding: buffers[err] ?? [], as: UTF8.self))
    }

    private static func mergedEnvironment(_ extra: [String: String]) -> [String: String] {
        var merged: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            let line = String(cString: entry)
            if let equals = line.firstIndex(of: "=") {
                merged[String(line[..<equals])] = String(line[line.index(after: equals)...])
            }
            pointer += 1
        }
        for (key, value) in extra { merged[key] = value }
        return merged
    }
}

/// How many child processes ran and how long they took in total: what the AWS CLI cost,
/// against which stackgen's own overhead is measured.
public final class CallLedger: @unchecked Sendable {
    private let monitor = Monitor()
    private var count = 0
    private var seconds = 0.0

    public init() {}

    func add(seconds elapsed: Double) {
        monitor.withLock {
            count += 1
            seconds += elapsed
        }
    }

    public var totals: (calls: Int, seconds: Double) { monitor.withLock { (count, seconds) } }
}
