import Foundation
import StackgenCore
import StackgenEmit
import StackgenPipeline
import StackgenTestSupport
import Testing

/// Compiles an app as `stackgen synth` would (default output folder) and compares every
/// emitted file, plus the text and Mermaid plans, with `Golden/<app>/`. CI hands the
/// golden templates to cfn-lint.
enum AppGolden {
    static let folder = Golden.folder(besides: #filePath)

    static func check(_ app: App, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let result = Pipeline.compile(app, outputFolder: "stackgen.out/\(app.name)")
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.errors.map(\.description))", sourceLocation: sourceLocation)
        guard let plan = result.plan else { return }
        let files = result.files.map { ($0.path, $0.contents) } + [("plan.txt", plan.text), ("plan.mmd", plan.mermaid)]
        for failure in Golden.checkSet(files, set: app.name, in: folder) {
            Issue.record("\(failure)", sourceLocation: sourceLocation)
        }
    }
}
