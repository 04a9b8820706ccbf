import Foundation
import StackgenCore
import StackgenEmit
import StackgenPipeline
import StackgenTestSupport
import StarterApp
import Testing

/// Every emitted file of the fixture and starter apps, compared byte for byte with the
/// checked-in copy under Golden/. CI also hands those copies to cfn-lint.
@Suite struct GoldenTests {
    static let folder = Golden.folder(besides: #filePath)

    static let apps: [App] = [FixtureApp.app, StarterApp.app]

    @Test(arguments: apps.map(\.name))
    func emittedFilesMatchGoldens(_ name: String) throws {
        let app = try #require(Self.apps.first { $0.name == name })
        let result = Pipeline.compile(app, outputFolder: "stackgen.out/\(name)")
        #expect(result.succeeded)
        let plan = try #require(result.plan)
        let files = result.files.map { ($0.path, $0.contents) } + [("plan.txt", plan.text), ("plan.mmd", plan.mermaid), ("plan.dot", plan.dot)]
        for failure in Golden.checkSet(files, set: name, in: Self.folder) { Issue.record("\(failure)") }
    }
}
