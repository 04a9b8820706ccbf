import BartenderStacks
import Foundation
import StackgenCore
import StackgenEmit
import StackgenPipeline
import StackgenResolver
import Testing

/// The AI Bartender as a user relies on it: the real system's stacks, names and exports,
/// wired by typed references, in three waves of stacks, with the warnings the real system
/// deserves. Facts come from `BartenderFacts` (the seed fact sheet).
@Suite("AI Bartender app")
struct BartenderTests {
    static let result = Pipeline.compile(BartenderApp.app, outputFolder: "stackgen.out/ai-bartender")

    var resolved: ResolvedApp { Self.result.resolved! }
    var plan: Plan { Self.result.plan! }

    func step(_ name: String) -> Plan.Step? {
        plan.steps.first { $0.name == name }
    }

    @Test func compilesWithoutErrors() {
        #expect(Self.result.diagnostics.errors.map(\.description) == [])
        #expect(Self.result.resolved != nil && Self.result.plan != nil)
    }

    @Test func goldenOutput() {
        AppGolden.check(BartenderApp.app)
    }

    @Test func elevenStacksWithTheRealNamesAndRegions() {
        #expect(resolved.stacks.map(\.name) == BartenderFacts.stacks.map(\.key))
        for (name, fact) in BartenderFacts.stacks {
            #expect(resolved.stack(named: name)?.region == fact.region, "\(name)")
        }
    }

    @Test func everyStackHasTheRealLogicalIDsAndTypes() {
        var total = 0
        for (name, fact) in BartenderFacts.stacks {
            let declared = Set(resolved.stack(named: name)?.resources.map { "\($0.logicalID): \($0.type)" } ?? [])
            let real = Set(fact.resources.map { "\($0.key): \($0.value)" })
            #expect(
                declared == real, "\(name): missing \(real.subtracting(declared).sorted()), extra \(declared.subtracting(real).sorted())")
            total += declared.count
        }
        #expect(total == 97)
        let functions = resolved.stack(named: "ai-bartender-api")?.resources.filter { $0.type == "AWS::Serverless::Function" }
        #expect(functions?.count == 26)
    }

    @Test func realExportNamesAreKept() {
        for (name, exports) in BartenderFacts.exports {
            let declared = Set(resolved.stack(named: name)?.outputs.compactMap(\.exportName) ?? [])
            #expect(declared == exports, "\(name)")
        }
        #expect(BartenderFacts.exports.values.map(\.count).reduce(0, +) == 49)
    }

    @Test func noStackWritesAnImportByHand() {
        var diagnostics = Diagnostics()
        let model = Lowering.lower(BartenderApp.app, into: &diagnostics)
        var handWritten: [String] = []
        for stack in model?.stacks ?? [] {
            let values = stack.resources.flatMap(\.properties.values) + stack.outputs.map(\.value) + Array(stack.globals.values)
            for value in values {
                value.forEachNode { if case .importValue(let name) = $0 { handWritten.append("\(stack.name): \(name)") } }
            }
        }
        #expect(model != nil)
        #expect(handWritten == [])
    }

    /// The 24 real `Fn::ImportValue` edges, plus the two values the real system copied by
    /// hand: the auth stack's pool and client ids now arrive as imports, and the us-east-1
    /// certificate as a parameter the plan fills.
    @Test func edgesAreTheRealImportsPlusTheTwoHandCopiedValues() {
        let exporters = Dictionary(
            uniqueKeysWithValues: resolved.stacks.flatMap { stack in stack.outputs.compactMap { $0.exportName.map { ($0, stack.name) } } })
        var imports: Set<BartenderFacts.Edge> = []
        for stack in resolved.stacks {
            let values = stack.resources.flatMap(\.properties.values) + stack.outputs.map(\.value)
            for value in values {
                value.forEachNode {
                    if case .importValue(let name) = $0 { imports.insert(.init(exporters[name] ?? "?", name, stack.name)) }
                }
            }
        }
        let handCopied: Set<BartenderFacts.Edge> = [
            .init("ai-bartender-auth", "ai-bartender-auth-UserPoolId", "ai-bartender-api"),
            .init("ai-bartender-auth", "ai-bartender-auth-UserPoolClientId", "ai-bartender-api"),
        ]
        let expected = Set(BartenderFacts.importEdges).union(handCopied)
        #expect(BartenderFacts.importEdges.count == 24)
        #expect(
            imports == expected,
            "missing \(expected.subtracting(imports).map(\.description).sorted()), extra \(imports.subtracting(expected).map(\.description).sorted())"
        )

        let pairs = Set(resolved.edges.map { "\($0.producer) → \($0.consumer)" })
        let realPairs = Set(BartenderFacts.importEdges.map { "\($0.producer) → \($0.consumer)" })
        #expect(realPairs.count == 9)
        #expect(
            pairs == realPairs.union(["ai-bartender-hosting-ssl → ai-bartender-hosting", "ai-bartender-auth → ai-bartender-api"]))
    }

    @Test func certificateCrossesRegionsAsAPlanParameter() {
        let hosting = resolved.stack(named: "ai-bartender-hosting")
        #expect(
            hosting?.bindings.map { "\($0.parameter) ← \($0.stack).\($0.outputKey) (\($0.region))" }
                == ["CertificateArn ← ai-bartender-hosting-ssl.CertificateArn (us-east-1)"])
        #expect(hosting?.parameters.map(\.name) == ["Application", "DomainName", "HostedZoneId", "CertificateArn"])
        #expect(
            step("ai-bartender-hosting")?.parameters.compactMap { parameter -> String? in
                guard case .output(let stack, let region, let key) = parameter.source else { return nil }
                return "\(parameter.name) ← \(stack).\(key) (\(region))"
            } == ["CertificateArn ← ai-bartender-hosting-ssl.CertificateArn (us-east-1)"])
    }

    @Test func elevenStacksDeployInThreeWavesAndTheScriptsFitAround() {
        let stackWaves = plan.waves.map { wave in wave.filter { name in step(name)?.kind == .stack } }
        #expect(
            stackWaves == [
                [
                    "ai-bartender-auth", "ai-bartender-datastore", "ai-bartender-eventbus", "ai-bartender-events",
                    "ai-bartender-hosting-ssl",
                ],
                ["ai-bartender-agentcore", "ai-bartender-hosting", "ai-bartender-image-generation"],
                ["ai-bartender-api", "ai-bartender-chat-api", "ai-bartender-image-processing"],
                [],
            ])
        #expect(plan.criticalPath == ["ai-bartender-hosting-ssl", "ai-bartender-hosting", "ai-bartender-api", "jwt-keys-setup"])
    }

    @Test func scriptStepsRunWhereTheSeedsDeployOrderPutsThem() {
        let schema = step("database-schema-upgrade")
        #expect(schema?.kind == .script)
        #expect(schema?.wave == 2)
        #expect(schema?.dependsOn.map { $0.name } == ["ai-bartender-datastore"])
        #expect(step("ai-bartender-api")?.dependsOn.map { $0.name }.contains("database-schema-upgrade") == true)

        let keys = step("jwt-keys-setup")
        #expect(keys?.kind == .script)
        #expect(keys?.wave == 4)
        #expect(keys?.dependsOn.map { $0.name } == ["ai-bartender-api"])
        #expect(keys?.command == "cd aws/services/api && python3 setup-jwt-keys.py --profile \"$AWS_PROFILE\"")
    }

    /// The exports nothing in the app imports are deployed names the real system's frontend
    /// build and scripts read, so the app says they are used outside it and validate keeps
    /// them without a warning. The auth stack's pool and client ids are imported now, so two
    /// fewer than in the real system.
    @Test func validateWarnsOnlyAboutTheExpiringKeyAndTheInlineLimit() {
        let warnings = Self.result.diagnostics.warnings
        #expect(warnings.filter { $0.code == .unusedExport }.isEmpty)
        let usedOutside = Set(
            BartenderApp.app.stacks.flatMap(\.outputs).filter { $0.usedOutside != nil }.compactMap(\.exportName))
        #expect(
            usedOutside
                == BartenderFacts.exportsNeverImported.subtracting(["ai-bartender-auth-UserPoolId", "ai-bartender-auth-UserPoolClientId"]))
        #expect(usedOutside.count == 31)

        let expiry = warnings.filter { $0.code == .expiringAPIKey }
        #expect(expiry.map(\.message) == ["api key expires at a fixed time: 2026-12-30 (1798629642)"])
        #expect(expiry.first?.path.description == "stack ai-bartender-events › resource OrderEventsApiKey › Properties.Expires")

        // The api template is over the inline limit; the plan uploads it through S3, as `sam deploy` does.
        #expect(warnings.filter { $0.code == .templateTooLargeInline }.map(\.path.description) == ["stack ai-bartender-api"])
        #expect(Set(warnings.map(\.code)) == [.expiringAPIKey, .templateTooLargeInline])
    }
}

extension BartenderTests {
    /// The README shows this app's plan; it must be the plan stackgen prints today.
    @Test func readmeShowsTheCurrentPlan() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        #expect(text.contains("```mermaid\n\(plan.mermaid)```"))
        let header = plan.text.split(separator: "\n").prefix(2).joined(separator: "\n")
        #expect(text.contains(header))
    }
}
