import StackgenDeploy
import StackgenEmit
import Testing

@Suite struct ReviewRunTests {
    static let plan = Plan(
        "shop", steps: [Plans.step("shop-data", wave: 1), Plans.step("shop-api", wave: 2, after: ["shop-data"])],
        waves: [["shop-data"], ["shop-api"]])

    static func commands() -> ScriptedCommands {
        let commands = ScriptedCommands()
        commands.on("describe-stacks", "shop-data", "json", fail: ScriptedCommands.missing)
        commands.on("create-change-set", "shop-data", answer: "{}")
        commands.on(
            "describe-change-set", "shop-data",
            answer: "{\"Status\": \"CREATE_COMPLETE\", \"Reason\": null, \"Changes\": [{\"Action\": \"Add\", \"Id\": \"Orders\", \"Type\": \"AWS::DynamoDB::Table\", \"Replacement\": null}]}")
        return commands
    }

    static func runner(_ commands: ScriptedCommands) -> CloudFormationRunner {
        CloudFormationRunner(
            aws: AWSCLI(commands: commands), commands: commands,
            settings: DeploySettings(
                app: "shop", outputFolder: "/out", sourceRoot: "/src", stacksWithAssets: [], pollSeconds: 0,
                readFile: { _ in Array("{}".utf8) }, keepPackaged: { name, _ in .success("/out/p/\(name)") }))
    }

    @Test func aWaveThatIsNotConfirmedIsShownButNotExecuted() {
        let commands = Self.commands()
        var shown: [String] = []
        let (report, declined) = ReviewRun(
            plan: Self.plan, runner: Self.runner(commands), observer: RecordingObserver(), show: { shown.append($0) }, confirm: { _ in false }
        ).run(Scheduler(steps: Self.plan.steps), concurrency: 4)
        #expect(declined == 1)
        #expect(shown == [
            """
            Wave 1 change sets:
              stack      action  logical id  type                  replacement
              shop-data  Add     Orders      AWS::DynamoDB::Table  -

            """
        ])
        #expect(!commands.lines.contains { $0.contains("execute-change-set") })
        #expect(report.neverStarted == ["shop-data", "shop-api"])
    }

    @Test func aConfirmedWaveIsExecutedAndTheNextOneReviewed() {
        let commands = Self.commands()
        commands.on("execute-change-set", "shop-data")
        commands.describe("shop-data", "CREATE_COMPLETE", outputs: ["Table": "orders"])
        commands.on("describe-stacks", "shop-api", "json", fail: ScriptedCommands.missing)
        commands.on("create-change-set", "shop-api", answer: "{}")
        commands.on("describe-change-set", "shop-api", answer: "{\"Status\": \"CREATE_COMPLETE\", \"Reason\": null, \"Changes\": []}")
        var asked: [Int] = []
        let (report, declined) = ReviewRun(
            plan: Self.plan, runner: Self.runner(commands), observer: RecordingObserver(), show: { _ in },
            confirm: { wave in
                asked.append(wave)
                return wave == 1
            }
        ).run(Scheduler(steps: Self.plan.steps), concurrency: 4)
        #expect(asked == [1, 2])
        #expect(declined == 2)
        #expect(report.finished == ["shop-data"])
        #expect(commands.lines.contains("cloudformation execute-change-set --stack-name shop-data --change-set-name \(commands.changeSetName ?? "?")"))
    }
}

extension ScriptedCommands {
    var changeSetName: String? {
        calls.first { $0.contains("create-change-set") }.flatMap { call in
            call.firstIndex(of: "--change-set-name").map { call[$0 + 1] }
        }
    }
}
