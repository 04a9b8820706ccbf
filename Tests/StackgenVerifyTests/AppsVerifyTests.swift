import AgentPlatformStacks
import Foundation
import BartenderStacks
import CentliStacks
import DigitalTwinStacks
import PetStoreStacks
import StackgenCore
import StackgenPipeline
import StackgenVerify
import StarterApp
import Testing

/// Every app of the repo compiles with the verifier clean, and the verifier really reads
/// its templates: one broken name in them is found.
@Suite struct AppsVerifyTests {
    static let apps: [String: @Sendable () -> App] = [
        "ai-bartender": { BartenderApp.app }, "petstore": { PetStoreApp.app }, "digital-twin": { DigitalTwinApp.app },
        "centli": { CentliApp.app }, "agent-platform": { AgentPlatformApp.app }, "starter": { StarterApp.app },
    ]

    @Test(arguments: apps.keys.sorted()) func appVerifiesClean(_ name: String) throws {
        let build = try #require(Self.apps[name])
        let app = build()
        let result = Pipeline.compile(app)
        #expect(result.internalErrors == [])
        #expect(result.succeeded)
        let templates = result.files.filter { $0.path.hasSuffix(".template.json") }
        #expect(templates.count == app.stacks.count)

        // The same files with one `Ref` target renamed: exactly that one is found.
        let broken = try #require(templates.first { $0.contents.contains(#""Ref": ""#) })
        let files = result.files.map { file in
            (path: file.path, text: file == broken ? Self.renamingFirstRef(in: file.contents) : file.contents)
        }
        var diagnostics = Diagnostics()
        let model = try #require(Lowering.lower(app, into: &diagnostics))
        let findings = Verifier.verify(files, declarations: .init(model))
        #expect(findings.count == 1)
        #expect(findings.first?.file == broken.path)
        #expect(findings.first?.message.hasPrefix("Ref 'Renamed") == true)
    }

    private static func renamingFirstRef(in text: String) -> String {
        guard let range = text.range(of: #""Ref": ""#) else { return text }
        return text.replacingCharacters(in: range, with: #""Ref": "Renamed"#)
    }
}
