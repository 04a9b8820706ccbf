import StackgenCore
import StackgenDiff
import StackgenEmit
import StackgenPipeline
import Testing

/// Apps compiled in memory and read back the way `--against` reads a folder.
enum Synthesized {
    /// - Parameter outputFolder: the folder the app is synthesized for; a rollout's new side
    ///   must use the folder its phases are written under.
    static func baseline(_ app: App, source: String? = nil, outputFolder: String? = nil) throws -> Baseline {
        let result = Pipeline.compile(app, outputFolder: outputFolder ?? "stackgen.out/\(app.name)")
        guard result.succeeded else {
            throw Failure(description: "fixture '\(app.name)' does not compile: \(result.diagnostics.errors.map(\.message))")
        }
        return try Baseline.read(source: source ?? "stackgen.out/\(app.name)", files: result.files)
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }
}

extension Baseline {
    /// A baseline from a map of file names to contents, as a folder on disk would give them.
    static func read(source: String, files: [EmittedFile]) throws(BaselineError) -> Baseline {
        let byPath = Dictionary(files.map { ($0.path, Array($0.contents.utf8)) }, uniquingKeysWith: { first, _ in first })
        return try read(source: source, file: { byPath[$0] }, parse: TemplateValue.parse)
    }
}
