import StackgenDeploy
import StackgenEmit
import Testing

@Suite struct DestroyTests {
    @Test func consumersGoFirstAndScriptsAreLeftOut() {
        let reversed = Destroy.reversed(Plans.diamond)
        #expect(reversed.steps.map(\.name) == ["f", "e", "d", "c", "b", "a"])
        let waits = Dictionary(uniqueKeysWithValues: reversed.steps.map { ($0.name, $0.dependsOn.map(\.name)) })
        #expect(waits["a"] == ["e"])
        #expect(waits["b"] == ["d"])
        #expect(waits["d"] == ["f"])
        #expect(waits["c"] == [])
        #expect(reversed.waves == [["f"], ["e", "d"], ["c", "b", "a"]])
    }

    @Test func aStackThatWaitedThroughAScriptStillGoesFirst() {
        let plan = Plan(
            "s",
            steps: [Plans.step("db", wave: 1), Plans.step("migrate", wave: 2, after: ["db"], kind: .script), Plans.step("api", wave: 3, after: ["migrate"])],
            waves: [["db"], ["migrate"], ["api"]])
        let reversed = Destroy.reversed(plan)
        #expect(reversed.steps.map(\.name) == ["api", "db"])
        #expect(reversed.steps.last?.dependsOn.map(\.name) == ["api"])
    }

    @Test func importsFromOutsideTheAppAreFoundBeforeAnythingIsDeleted() {
        let commands = ScriptedCommands()
        commands.on("describe-stacks", "a", "Stacks[0].Outputs[].ExportName", answer: "[\"a:Queue\", \"a:Topic\"]")
        commands.on("describe-stacks", "Stacks[0].Outputs[].ExportName", answer: "[]")
        commands.on("list-imports", "a:Queue", answer: "{\"Imports\": [\"e\", \"billing-report\"]}")
        commands.on("list-imports", "a:Topic", fail: "An error occurred (ValidationError) when calling the ListImports operation: Export 'a:Topic' is not imported by any stack.")
        let (found, unreadable) = Destroy.foreignImports(of: Plans.diamond, aws: AWSCLI(commands: commands))
        #expect(found == [Destroy.ForeignImport(stack: "a", export: "a:Queue", importers: ["billing-report"])])
        #expect(unreadable.isEmpty)
        #expect(!commands.lines.contains { $0.contains("delete-stack") })
    }

    @Test func anExportThatCannotBeCheckedIsNamed() {
        let commands = ScriptedCommands()
        commands.on("describe-stacks", "b", "Stacks[0].Outputs[].ExportName", answer: "[\"b:Key\"]")
        commands.on("describe-stacks", "Stacks[0].Outputs[].ExportName", answer: "[]")
        commands.on("list-imports", fail: "An error occurred (AccessDenied) when calling the ListImports operation: not allowed")
        let (_, unreadable) = Destroy.foreignImports(of: Plans.diamond, aws: AWSCLI(commands: commands))
        #expect(unreadable == ["export 'b:Key' of 'b': An error occurred (AccessDenied) when calling the ListImports operation: not allowed"])
    }

    @Test func resourcesKeptByRetainAreReportedWithTheirPhysicalIDsAfterTheDelete() {
        let commands = ScriptedCommands()
        commands.describe("shop-data", "CREATE_COMPLETE")
        commands.on(
            "describe-stack-resources", "shop-data",
            answer: "[{\"Id\": \"Orders\", \"Physical\": \"orders-prod\"}, {\"Id\": \"Queue\", \"Physical\": \"https://sqs/q\"}]")
        commands.on("delete-stack", "shop-data")
        commands.on("describe-stacks", "shop-data", fail: ScriptedCommands.missing)
        let step = Plan.Step("shop-data", kind: .stack, region: "eu-west-1", wave: 1, template: "shop-data.template.json", dependsOn: [], command: "")
        let destroyer = DestroyRunner(
            runner: CloudFormationRunnerTests.runner(commands),
            retained: ["shop-data": [(id: "Orders", type: "AWS::DynamoDB::Table"), (id: "Logs", type: "AWS::S3::Bucket")]])
        let outcome = destroyer.run(step, inputs: StepInputs(outputs: [:]))
        #expect(outcome.result == .succeeded(status: "DELETE_COMPLETE"))
        // A retained resource the stack never created has no physical id to show.
        #expect(destroyer.keptResources == ["shop-data": ["Orders (AWS::DynamoDB::Table) orders-prod", "Logs (AWS::S3::Bucket)"]])
        #expect(commands.lines.firstIndex { $0.hasPrefix("cloudformation describe-stack-resources") }! < commands.lines.firstIndex { $0.hasPrefix("cloudformation delete-stack") }!)
    }

    @Test func aStackThatIsNotThereReportsNothingKept() {
        let commands = ScriptedCommands()
        commands.on("describe-stacks", "shop-data", fail: ScriptedCommands.missing)
        let step = Plan.Step("shop-data", kind: .stack, region: "eu-west-1", wave: 1, template: "shop-data.template.json", dependsOn: [], command: "")
        let destroyer = DestroyRunner(runner: CloudFormationRunnerTests.runner(commands), retained: ["shop-data": [(id: "Orders", type: "AWS::DynamoDB::Table")]])
        #expect(destroyer.run(step, inputs: StepInputs(outputs: [:])).result == .succeeded(status: "absent"))
        #expect(destroyer.keptResources.isEmpty)
        #expect(!commands.lines.contains { $0.contains("delete-stack") })
    }

    @Test func journalRoundTripsAndSaysWhatIsDone() throws {
        var journal = Journal(app: "drill", plan: "sha256:abc")
        journal.record("a", .done(status: "CREATE_COMPLETE"))
        journal.record("b", .failed(status: "CREATE_FAILED", reason: "No export named x found.\\nsecond line"))
        journal.record("c", .done(status: "unchanged"))
        #expect(journal.text == """
            stackgen deploy journal, version 1
            app drill
            plan sha256:abc
            done a CREATE_COMPLETE
            failed b CREATE_FAILED No export named x found.\\nsecond line
            done c unchanged

            """)
        let read = try #require(Journal(text: journal.text))
        #expect(read == journal)
        #expect(read.completed == ["a", "c"])
        journal.record("b", .done(status: "CREATE_COMPLETE"))
        #expect(journal.completed == ["a", "b", "c"])
        #expect(Journal(text: "something else\n") == nil)
    }
}
