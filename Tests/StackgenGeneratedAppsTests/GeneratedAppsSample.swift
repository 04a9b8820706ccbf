import Foundation
import StackgenPipeline
import Testing

/// Writes the templates of the first 20 generated apps that compile to the folder named by
/// `STACKGEN_GENERATED_APPS_OUT`, for CI to hand to the pinned cfn-lint
/// (`scripts/lint-generated-apps.sh`). Skipped when the variable is not set.
@Suite struct GeneratedAppsSample {
    static let folder = ProcessInfo.processInfo.environment["STACKGEN_GENERATED_APPS_OUT"]
    static let count = 20

    @Test(.enabled(if: folder != nil)) func writeSampleForCfnLint() throws {
        let root = URL(fileURLWithPath: try #require(Self.folder))
        var written = 0
        for seed in GeneratedAppsTests.seeds where written < Self.count {
            let (blueprint, fault) = BlueprintGenerator.generate(seed: seed)
            guard fault == nil else { continue }
            let result = Pipeline.compile(AppBuilder.app(blueprint))
            guard result.succeeded else { continue }
            let folder = root.appendingPathComponent(blueprint.name)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for file in result.files where file.path.hasSuffix(".template.json") {
                try Data(file.contents.utf8).write(to: folder.appendingPathComponent(file.path))
            }
            written += 1
        }
        #expect(written == Self.count)
    }
}
