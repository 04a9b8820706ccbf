import Foundation
import Testing

@Suite struct PlanValidateListTests {
    @Test func planJSONIsTheDocumentedContract() throws {
        let result = try BinaryRunner.run(["plan", "--app", "starter", "--format", "json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["version"] as? Int == 1)
        #expect(object["app"] as? String == "starter")
        #expect(object["waves"] as? [[String]] == [["starter-alerts", "starter-data"], ["starter-api", "starter-ops", "seed-table"]])
        let steps = try #require(object["steps"] as? [[String: Any]])
        let ops = try #require(steps.first { $0["name"] as? String == "starter-ops" })
        #expect(ops["kind"] as? String == "stack")
        #expect(ops["template"] as? String == "starter-ops.template.json")
        #expect(ops["wave"] as? Int == 2)
        let parameters = try #require(ops["parameters"] as? [[String: Any]])
        #expect(parameters.first?["name"] as? String == "BillingAlerts")
        let script = try #require(steps.first { $0["name"] as? String == "seed-table" })
        #expect(script["kind"] as? String == "script")
        #expect(script["command"] as? String == "./scripts/seed.sh")
    }

    /// What `plan` prints is the plan, byte for byte: the goldens of `synth`'s default folder.
    @Test(arguments: [("text", "plan.txt"), ("mermaid", "plan.mmd"), ("dot", "plan.dot"), ("json", "plan.json")])
    func planPrintsThePlanInEachFormat(_ format: String, _ golden: String) throws {
        let result = try BinaryRunner.run(["plan", "--app", "starter", "--format", format])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let expected = try String(contentsOf: Self.starterGoldens.appendingPathComponent(golden), encoding: .utf8)
        #expect(result.stdout == expected)
    }

    static let starterGoldens = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../StackgenEmitTests/Golden/starter").standardized

    @Test func listShowsEachAppWithItsStacksAndRegions() throws {
        let result = try BinaryRunner.run(["list"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.hasPrefix("ai-bartender (default): 11 stacks\n  ai-bartender-hosting-ssl  us-east-1\n  ai-bartender-datastore  eu-west-1\n"))
        #expect(
            result.stdout.contains(
                "\nstarter: 4 stacks\n  starter-data  eu-west-1\n  starter-alerts  us-east-1\n  starter-api  eu-west-1\n  starter-ops  eu-west-1\n"))
    }

    @Test func validatePassesAndSaysSo() throws {
        let result = try BinaryRunner.run(["validate", "--app", "starter"])
        #expect(result.status == 0)
        #expect(result.stdout == "validate passed for 'starter' (4 stacks): 0 errors, 0 warnings\n")
        let json = try BinaryRunner.run(["validate", "--app", "starter", "--format", "json"])
        #expect(json.stdout == "{\n  \"version\": 1,\n  \"app\": \"starter\",\n  \"ok\": true,\n  \"diagnostics\": []\n}\n")
    }

    @Test func listJSON() throws {
        let result = try BinaryRunner.run(["list", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let apps = try #require(object["apps"] as? [[String: Any]])
        #expect(apps.first?["name"] as? String == "ai-bartender")
        let starter = try #require(apps.first { $0["name"] as? String == "starter" })
        #expect(starter["stacks"] as? [String] == ["starter-data", "starter-alerts", "starter-api", "starter-ops"])
    }
}
