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

    @Test(arguments: ["text", "mermaid", "dot"])
    func planFormatsPrintToStdout(_ format: String) throws {
        let result = try BinaryRunner.run(["plan", "--app", "starter", "--format", format])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(!result.stdout.isEmpty)
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
