import StackgenDiff

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The AWS CLI found on `PATH`, run without a shell (arguments are never re-split), its
/// output collected through two temporary files so neither stream can block the other.
/// What `--against deployed` reads the live stacks with.
struct AWSProcess: AWSCalls {
    func aws(_ arguments: [String], region: String) -> AWSAnswer {
        let argv = ["aws"] + arguments + ["--region", region]
        var outName = Array("/tmp/stackgen-aws-out-XXXXXX".utf8CString)
        var errName = Array("/tmp/stackgen-aws-err-XXXXXX".utf8CString)
        let out = mkstemp(&outName)
        let err = mkstemp(&errName)
        defer {
            for (descriptor, name) in [(out, outName), (err, errName)] where descriptor >= 0 {
                close(descriptor)
                _ = name.withUnsafeBufferPointer { unlink($0.baseAddress!) }
            }
        }
        guard out >= 0, err >= 0 else { return AWSAnswer(status: 127, stdout: "", stderr: "cannot create a temporary file") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, out, 1)
        posix_spawn_file_actions_adddup2(&actions, err, 2)
        var cArguments = argv.map { strdup($0) } + [nil]
        defer { for pointer in cArguments { free(pointer) } }
        var child = pid_t()
        let spawned = posix_spawnp(&child, "aws", &actions, nil, &cArguments, environ)
        guard spawned == 0 else {
            return AWSAnswer(status: 127, stdout: "", stderr: "cannot run 'aws': \(String(cString: strerror(spawned))); is the AWS CLI on PATH?")
        }
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0 && errno == EINTR {}
        let exited = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return AWSAnswer(status: exited, stdout: Self.contents(of: out), stderr: Self.contents(of: err))
    }

    private static func contents(of descriptor: Int32) -> String {
        lseek(descriptor, 0, SEEK_SET)
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            bytes.append(contentsOf: chunk[0..<count])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
