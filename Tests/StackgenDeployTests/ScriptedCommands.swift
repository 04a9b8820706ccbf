import StackgenDeploy

#if canImport(Glibc)
import Glibc
#endif

/// A command runner that answers from a script: each `on` adds one answer for calls whose
/// arguments contain all its words. A call takes the first unused answer that matches, or
/// repeats the last one it used when none is left (a poll that keeps seeing one status).
/// Every call is recorded, so tests assert exactly what would have reached the AWS CLI.
final class ScriptedCommands: CommandRunner, @unchecked Sendable {
    private struct Entry {
        let words: [String]
        let answer: ProcessResult
        var used = false
    }

    private let lock = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private var entries: [Entry] = []
    private(set) var calls: [[String]] = []

    init() { pthread_mutex_init(lock, nil) }

    func on(_ words: String..., answer stdout: String = "", fail stderr: String? = nil) {
        let result = stderr.map { ProcessResult(status: 254, stdout: "", stderr: $0) } ?? ProcessResult(status: 0, stdout: stdout, stderr: "")
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        entries.append(Entry(words: words, answer: result))
    }

    func run(_ arguments: [String], environment: [String: String], directory: String?) -> ProcessResult {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        calls.append(arguments)
        let matches = { (entry: Entry) in entry.words.allSatisfy(arguments.contains) }
        if let index = entries.firstIndex(where: { !$0.used && matches($0) }) {
            entries[index].used = true
            return entries[index].answer
        }
        if let index = entries.lastIndex(where: { $0.used && matches($0) }) { return entries[index].answer }
        return ProcessResult(status: 255, stdout: "", stderr: "unscripted call: \(arguments.joined(separator: " "))")
    }

    /// Calls as single lines, `aws` and the region left out.
    var lines: [String] {
        calls.map { call in
            var words = Array(call.dropFirst())
            if let region = words.firstIndex(of: "--region") { words.removeSubrange(region...min(region + 1, words.count - 1)) }
            return words.joined(separator: " ")
        }
    }
}

extension ScriptedCommands {
    static let missing = "An error occurred (ValidationError) when calling the DescribeStacks operation: Stack with id x does not exist"

    func describe(_ stack: String, _ status: String, outputs: [String: String] = [:]) {
        let list = outputs.keys.sorted().map { "{\"Key\": \"\($0)\", \"Value\": \"\(outputs[$0]!)\"}" }.joined(separator: ", ")
        on("describe-stacks", stack, "json", answer: "{\"Status\": \"\(status)\", \"Reason\": null, \"Outputs\": [\(list)]}")
    }
}
