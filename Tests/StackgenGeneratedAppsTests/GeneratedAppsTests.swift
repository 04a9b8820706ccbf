import StackgenPipeline
import Testing

/// 500 seeded random apps: each compiles with the verifier clean and exactly the predicted
/// warnings, or fails with exactly the predicted diagnostics.
@Suite struct GeneratedAppsTests {
    static let seeds: ClosedRange<UInt64> = 1...500

    /// One line per seed whose result differs from the prediction, empty when all match.
    static func mismatches(in seeds: ClosedRange<UInt64>) -> [String] {
        seeds.compactMap { seed in
            let (blueprint, fault) = BlueprintGenerator.generate(seed: seed)
            let result = Pipeline.compile(AppBuilder.app(blueprint))
            let expected = Prediction.diagnostics(for: blueprint, fault: fault)
            let actual = result.diagnostics.all.map { Prediction.Diagnostic(code: $0.code.rawValue, message: $0.message) }.sorted()
            let internalErrors = result.internalErrors.map(\.description)
            guard actual != expected || !internalErrors.isEmpty || result.succeeded != (fault == nil) else { return nil }
            let bugs = Prediction.knownBugs(of: blueprint)
            return "seed \(seed) (\(fault?.label ?? "clean")\(bugs.isEmpty ? "" : "; hits: " + bugs.joined(separator: ", "))): "
                + "expected \(expected), got \(actual), internal errors \(internalErrors)"
        }
    }

    @Test func everyGeneratedAppMatchesItsPrediction() {
        let mismatches = Self.mismatches(in: Self.seeds)
        #expect(mismatches == [], "\(mismatches.count) of \(Self.seeds.count) apps:\n\(mismatches.joined(separator: "\n"))")
    }

    /// The generator must reach every shape it claims, or the 500 apps prove less than they say.
    @Test func generatorCoversEveryFaultAndFeature() {
        var faults: [String: Int] = [:]
        var features: Set<String> = []
        for seed in Self.seeds {
            let (blueprint, fault) = BlueprintGenerator.generate(seed: seed)
            faults[fault?.label ?? "clean", default: 0] += 1
            features.formUnion(GeneratedAppsTests.features(of: blueprint))
        }
        #expect(Set(faults.keys) == ["clean", "cycle", "missing export", "cross-region import", "duplicate export"])
        #expect((faults["clean"] ?? 0) >= 250)
        #expect(
            features == [
                "typed use in a property", "typed use across regions", "typed use in Globals", "typed use in an output",
                "typed use in a condition", "typed use in a policy document", "hand import", "hand import of a generated name",
                "external export", "script step", "DependsOn",
            ])
    }

    static func features(of blueprint: Blueprint) -> Set<String> {
        var features: Set<String> = []
        for (index, stack) in blueprint.stacks.enumerated() {
            for resource in stack.resources {
                for input in resource.inputs {
                    switch input {
                    case .typed(let value) where value.stack != index:
                        features.insert("typed use in a property")
                        if resource.kind == .role { features.insert("typed use in a policy document") }
                        if !blueprint.samePlace(value.stack, index) { features.insert("typed use across regions") }
                    case .handImport(let name):
                        features.insert(Prediction.generatedExports(of: blueprint)[name] == nil ? "hand import" : "hand import of a generated name")
                    case .external: features.insert("external export")
                    default: break
                    }
                }
                if !resource.dependsOn.isEmpty { features.insert("DependsOn") }
            }
            if !stack.globals.isEmpty { features.insert("typed use in Globals") }
            if stack.outputs.contains(where: { if case .typed(let value) = $0.value { value.stack != index } else { false } }) {
                features.insert("typed use in an output")
            }
            if stack.conditions.contains(where: { $0.value != nil }) { features.insert("typed use in a condition") }
        }
        if !blueprint.scripts.isEmpty { features.insert("script step") }
        return features
    }
}
