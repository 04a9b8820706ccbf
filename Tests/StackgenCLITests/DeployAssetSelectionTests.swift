import Foundation
import StackgenCLI
import StackgenCore
import Testing

/// `deploy` needs the code only of the stacks it will deploy: missing code of a stack
/// `--stack` leaves out (or `--resume` finds done) is a warning, of a stack that runs an error.
@Suite struct DeployAssetSelectionTests {
    /// The line declaring the functions, where SG501 points.
    static let functionLine = #line + 9

    /// Two stacks, each with a function whose code folder is under `src/`; the worker's
    /// folder does not exist.
    static func app() -> App {
        var app = App("shop", region: .euWest1, sourceRoot: "src")
        for (stack, function, code) in [("shop-api", "ApiFunction", "api/"), ("shop-worker", "WorkerFunction", "worker/")] {
            var stack = Stack(stack)
            let properties: [String: Expr] = ["Code": .string(code), "Handler": "index.handler", "Runtime": "python3.13", "Role": "arn:aws:iam::1:role/r"]
            stack.add(function, GenericResource("AWS::Lambda::Function", properties: properties))
            app.add(stack)
        }
        return app
    }

    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stackgen-deploy-assets-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("src/api"), withIntermediateDirectories: true)
        try Data("def handler(event, context):\n    return 1\n".utf8).write(to: folder.appendingPathComponent("src/api/index.py"))
        return folder
    }

    static let missingWorker = """
        StackgenCLITests/DeployAssetSelectionTests.swift:\(functionLine): error[SG501]: local artifact 'worker/' of 'WorkerFunction' does not exist (looked for 'src/worker/')
          at: stack shop-worker › resource WorkerFunction › Properties.Code
          hint: create it, or point the app's source root at the folder that holds it: App(…, sourceRoot: "…")

        """

    @Test func missingCodeOfAStackLeftOutIsAWarning() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let capture = InProcessTests.Capture()
        let status = StackgenCommandLine.run(
            ["deploy", "--stack", "shop-api", "--dry-run"], apps: [Self.app()], console: capture.console(), workingDirectory: folder.path)
        // Deploy shows the missing code in full (other warnings it only counts); the run goes on.
        #expect(capture.err == Self.missingWorker.replacing("error[SG501]", with: "warning[SG501]"))
        #expect(
            capture.out == """
                Dry run of 'shop': up to 8 at once; nothing is called
                done already or not selected: shop-worker
                round 1
                  package local artifacts, then create or update shop-api in eu-west-1

                """)
        #expect(status == 0)
    }

    @Test func missingCodeOfAStackThatRunsIsAnError() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for arguments in [["deploy", "--stack", "shop-worker", "--dry-run"], ["deploy", "--dry-run"]] {
            let capture = InProcessTests.Capture()
            let status = StackgenCommandLine.run(arguments, apps: [Self.app()], console: capture.console(), workingDirectory: folder.path)
            #expect(capture.err == Self.missingWorker + "deploy failed: 1 error, 0 warnings; nothing deployed\n")
            #expect(capture.out == "")
            #expect(status == 1)
        }
    }
}
