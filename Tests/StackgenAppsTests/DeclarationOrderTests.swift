import AgentPlatformStacks
import BartenderStacks
import CentliStacks
import DeployDrillApp
import DigitalTwinStacks
import Foundation
import PetStoreStacks
import RolloutDemoApp
import StackgenCore
import StackgenEmit
import StackgenPipeline
import StackgenTestSupport
import StarterApp
import Testing

/// The output never depends on the order an app adds its stacks and script steps: every
/// registered app, re-added in 20 seeded shuffles, emits the same bytes (templates and
/// plan.json) as in its own order.
@Suite struct DeclarationOrderTests {
    /// Every app `Sources/stackgen/main.swift` registers, by name.
    static let apps: [String: @Sendable () -> App] = [
        "ai-bartender": { BartenderApp.app }, "petstore": { PetStoreApp.app }, "digital-twin": { DigitalTwinApp.app },
        "centli": { CentliApp.app }, "agent-platform": { AgentPlatformApp.app }, "starter": { StarterApp.app },
        "rollout-demo-v1": { RolloutDemo.version1 }, "rollout-demo-v2": { RolloutDemo.version2 },
        "deploy-drill": { DeployDrillApp.app },
    ]
    static let seeds: [UInt64] = Array(1...20)

    @Test func everyRegisteredAppIsCovered() throws {
        let main = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/stackgen/main.swift")
        let source = try String(contentsOf: main, encoding: .utf8)
        let registered = source.split(separator: "AppEntry(\"").dropFirst().compactMap { $0.split(separator: "\"").first.map(String.init) }
        #expect(registered.count == Set(registered).count, "no app is registered twice")
        #expect(Set(registered) == Set(Self.apps.keys))
    }

    @Test(arguments: apps.keys.sorted())
    func shuffledStacksAndScriptsEmitTheSameBytes(_ name: String) throws {
        let build = try #require(Self.apps[name])
        let app = build()
        let expected = Self.emitted(app)
        #expect(expected.count == app.stacks.count + 1, "every template and plan.json")
        var reordered = 0
        for seed in Self.seeds {
            var generator = SeededGenerator(seed: seed)
            let shuffled = Self.readded(app, using: &generator)
            if shuffled.stacks.map(\.name) != app.stacks.map(\.name) || shuffled.scripts != app.scripts { reordered += 1 }
            let actual = Self.emitted(shuffled)
            #expect(actual.keys.sorted() == expected.keys.sorted(), "seed \(seed)")
            for (path, contents) in expected where actual[path] != contents {
                Issue.record("seed \(seed): \(path) differs from the unshuffled run")
            }
        }
        // A one-stack app without scripts has one order; every other app must really be reordered.
        #expect(reordered >= (app.stacks.count + app.scripts.count > 1 ? Self.seeds.count / 2 : 0))
    }

    /// The same app with its stacks and scripts added in a shuffled order.
    static func readded(_ app: App, using generator: inout SeededGenerator) -> App {
        var copy = App(app.name, description: app.description, region: .custom(app.region), account: app.account, environments: app.environments,
            sourceRoot: app.sourceRoot)
        for name in app.externalExports.keys.sorted() { _ = copy.externalExport(name) }
        var steps: [Either] = app.stacks.map(Either.stack) + app.scripts.map(Either.script)
        steps.shuffle(using: &generator)
        for step in steps {
            switch step {
            case .stack(let stack): copy.add(stack)
            case .script(let script): copy.add(script)
            }
        }
        return copy
    }

    private enum Either {
        case stack(Stack)
        case script(ScriptStep)
    }

    /// Every file `synth` writes, by path.
    static func emitted(_ app: App) -> [String: String] {
        let result = Pipeline.compile(app, outputFolder: "stackgen.out/\(app.name)")
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.errors.map(\.description))")
        return Dictionary(result.files.map { ($0.path, $0.contents) }, uniquingKeysWith: { first, _ in first })
    }
}
