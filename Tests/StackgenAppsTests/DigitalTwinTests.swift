import DigitalTwinStacks
import StackgenCore
import Testing

/// Seed 002 as one definition deployed three times: what differs per environment, and the
/// throttling the seed promised and the CDK code never applied.
@Suite struct DigitalTwinTests {
    let app: ExampleApp
    static let stacks = ["DigitalTwinChatStack-dev", "DigitalTwinChatStack-staging", "DigitalTwinChatStack-prod"]

    init() throws {
        app = try ExampleApp(DigitalTwinApp.app)
    }

    @Test func goldens() {
        AppGolden.check(DigitalTwinApp.app)
    }

    @Test func oneStackPerEnvironmentAllInOneWave() {
        #expect(DigitalTwinApp.app.environments.map(\.name) == ["dev", "staging", "prod"])
        #expect(app.stackNames == Self.stacks)
        #expect(app.resolved.stacks.allSatisfy { $0.region == "us-east-1" })
        #expect(app.edges.isEmpty)
        #expect(app.plan.waves == [Self.stacks.sorted()])
        #expect(app.warnings.isEmpty)
    }

    @Test(arguments: zip(stacks, ["dev", "staging", "prod"]))
    func namesCarryTheEnvironment(stack: String, env: String) throws {
        #expect(try app.properties(stack, "DigitalTwinChatApi")["Name"] as? String == "digital-twin-chat-api-\(env)")
        #expect(try app.properties(stack, "LlmApiKeySecret")["Name"] as? String == "digital-twin-chat/\(env)/llm-api-key")
        #expect(try app.properties(stack, "AlarmTopic")["TopicName"] as? String == "digital-twin-chat-alarms-\(env)")
        #expect(try app.properties(stack, "Dashboard")["DashboardName"] as? String == "digital-twin-chat-\(env)")
        #expect(try app.resources(stack).count == 25)
    }

    @Test func logRetentionAndLogLevelDifferInProd() throws {
        func retention(_ stack: String) throws -> Int? {
            try app.properties(stack, "LambdaLogGroup")["RetentionInDays"] as? Int
        }
        func logLevel(_ stack: String) throws -> String? {
            let environment = try app.properties(stack, "DigitalTwinChatFunction")["Environment"] as? [String: Any]
            return (environment?["Variables"] as? [String: Any])?["LOG_LEVEL"] as? String
        }
        #expect(try Self.stacks.map(retention) == [7, 7, 30])
        #expect(try Self.stacks.map(logLevel) == ["DEBUG", "DEBUG", "INFO"])
    }

    @Test func dataIsRetainedOutsideDev() throws {
        for id in ["LlmApiKeySecret", "FrontendBucket", "MemoryBucket", "FrontendDistributionLoggingBucket"] {
            let policies = try Self.stacks.map { try app.resources($0)[id]?["DeletionPolicy"] as? String }
            #expect(policies == ["Delete", "Retain", "Retain"], "\(id)")
        }
    }

    @Test(arguments: stacks)
    func throttlingIsApplied(stack: String) throws {
        let stage = try app.properties(stack, "DigitalTwinChatApiDefaultStage")
        #expect(stage["StageName"] as? String == "$default")
        let settings = try #require(stage["DefaultRouteSettings"] as? [String: Any])
        #expect(settings["ThrottlingRateLimit"] as? Int == 1000)
        #expect(settings["ThrottlingBurstLimit"] as? Int == 2000)
    }
}
