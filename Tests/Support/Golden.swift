import Foundation

/// Golden-file comparison. Set `STACKGEN_RECORD=1` to rewrite goldens; a recording run
/// fails on purpose, so a missing or changed golden can never pass silently.
public enum Golden {
    public struct Mismatch: Error, CustomStringConvertible {
        public let description: String
    }

    /// Compares `actual` with `<folder>/<name>` and returns nil on a match, or the failure text.
    public static func check(_ actual: String, named name: String, in folder: URL) -> String? {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["STACKGEN_RECORD"] == "1" {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? Data(actual.utf8).write(to: url)
            return "recorded \(name); run again without STACKGEN_RECORD to compare"
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return "missing golden \(url.path); run with STACKGEN_RECORD=1 to create it"
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard expected != actual else { return nil }
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let line = Array(zip(a, b)).firstIndex { $0 != $1 } ?? min(a.count, b.count)
        let want = line < a.count ? String(a[line]) : "<end>"
        let got = line < b.count ? String(b[line]) : "<end>"
        return "\(name) differs from golden at line \(line + 1):\n  golden: \(want)\n  actual: \(got)\n(STACKGEN_RECORD=1 re-records)"
    }

    /// Compares a whole set of emitted files with `<folder>/<set>/`: each file with its
    /// golden, and each golden with an emitted file. A golden nothing emits any more (the
    /// template of a removed stack) fails too: it would keep passing review and cfn-lint
    /// while describing nothing. Recording removes such goldens. Returns the failures.
    public static func checkSet(_ files: [(name: String, contents: String)], set: String, in folder: URL) -> [String] {
        var failures = files.compactMap { check($0.contents, named: "\(set)/\($0.name)", in: folder) }
        let emitted = Set(files.map(\.name))
        let directory = folder.appendingPathComponent(set)
        let goldens = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        for name in goldens.sorted() where !emitted.contains(name) {
            if ProcessInfo.processInfo.environment["STACKGEN_RECORD"] == "1" {
                try? FileManager.default.removeItem(at: directory.appendingPathComponent(name))
                failures.append("removed stale golden \(set)/\(name); run again without STACKGEN_RECORD to compare")
            } else {
                failures.append("stale golden \(set)/\(name): nothing emits it any more; run with STACKGEN_RECORD=1 to remove it")
            }
        }
        return failures
    }

    /// The `Golden` folder beside a test file.
    public static func folder(besides filePath: String) -> URL {
        URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    }
}
