import StackgenCore
import StackgenDiff
import StackgenEmit
import StackgenPipeline
import StarterApp
import Testing

@Suite struct BaselineReadingTests {
    @Test func readsStacksRegionsExportsImportsAndParametersOfASynth() throws {
        let baseline = try Synthesized.baseline(StarterApp.app)
        #expect(baseline.source == "stackgen.out/starter")
        #expect(baseline.plan.app == "starter")
        #expect(baseline.stacks.map(\.name) == ["starter-alerts", "starter-data", "starter-api", "starter-ops"])
        #expect(baseline.stacks.map(\.region) == ["us-east-1", "eu-west-1", "eu-west-1", "eu-west-1"])
        let data = try #require(baseline.stack(named: "starter-data"))
        #expect(data.outputs.map(\.exportName) == ["starter-data:OrdersTable", "starter-data:OrdersTableArn"])
        #expect(data.outputs.map(\.value) == [["Ref": "OrdersTable"], ["Fn::GetAtt": ["OrdersTable", "Arn"]]])
        #expect(data.resources.map(\.logicalID) == ["OrdersTable"])
        #expect(data.resources.first?.deletionPolicy == "Retain")
        #expect(baseline.stack(named: "starter-api")?.imports == ["starter-data:OrdersTable", "starter-data:OrdersTableArn"])
        #expect(baseline.importers(of: ExportKey(name: "starter-data:OrdersTable", region: "eu-west-1")) == ["starter-api"])
        #expect(baseline.importers(of: ExportKey(name: "starter-data:OrdersTable", region: "us-east-1")) == [])
        let ops = try #require(baseline.plan.steps.first { $0.name == "starter-ops" })
        #expect(ops.parameters == [Plan.Parameter("BillingAlerts", source: .output(stack: "starter-alerts", region: "us-east-1", key: "BillingAlerts"))])
        #expect(baseline.plan.steps.first { $0.name == "seed-table" }?.kind == .script)
    }

    @Test func planReadBackPrintsAsTheOriginal() throws {
        let result = Pipeline.compile(StarterApp.app, outputFolder: "stackgen.out/starter")
        let original = try #require(result.plan)
        let baseline = try Baseline.read(source: "x", files: result.files)
        // Reasons come back as their text, so the plans print (and write) the same.
        #expect(CanonicalJSON.string(baseline.plan.json) == CanonicalJSON.string(original.json))
        #expect(baseline.plan.text == original.text)
    }

    @Test func exportNamesAndImportsWrittenWithSubAndJoinAreRead() throws {
        let template: TemplateValue = [
            "Resources": ["Topic": ["Type": "AWS::SNS::Topic"]],
            "Outputs": [
                "TopicArn": ["Value": ["Ref": "Topic"], "Export": ["Name": ["Fn::Sub": "${AWS::StackName}-TopicArn"]]],
                "Other": ["Value": "x", "Export": ["Name": ["Fn::Join": [":", [["Ref": "AWS::Region"], "other"]]]]],
            ],
        ]
        let stack = StackSnapshot(name: "hand", region: "eu-west-1", account: nil, template: template)
        #expect(stack.outputs.map(\.exportName) == ["hand-TopicArn", "eu-west-1:other"])
        let consumer = StackSnapshot(
            name: "user", region: "eu-west-1", account: nil,
            template: ["Resources": ["Q": ["Type": "AWS::SQS::Queue", "Properties": ["QueueName": ["Fn::ImportValue": ["Fn::Sub": "hand-TopicArn"]]]]]])
        #expect(consumer.imports == ["hand-TopicArn"])
    }

    @Test func aMissingPlanIsAnErrorWithAHint() {
        #expect(throws: BaselineError(
            "no plan.json", at: "old",
            hint: "'--against' takes the output folder of an earlier 'stackgen synth', e.g. one checked out from git")
        ) { try Baseline.read(source: "old", files: []) }
    }

    @Test func aMissingTemplateNamesTheFileAndTheStack() throws {
        let files = Pipeline.compile(StarterApp.app).files.filter { $0.path != "starter-api.template.json" }
        #expect(throws: BaselineError(
            "plan.json names 'starter-api.template.json' for stack 'starter-api', but the file is missing", at: "old/starter-api.template.json",
            hint: "the folder is incomplete: synthesize the baseline again, or check it out in full")
        ) { try Baseline.read(source: "old", files: files) }
    }

    @Test func brokenJSONIsReportedWithLineAndColumn() throws {
        var files = Pipeline.compile(StarterApp.app).files.filter { $0.path != "starter-ops.template.json" }
        files.append(EmittedFile(path: "starter-ops.template.json", contents: "{\n  \"Resources\": {,\n}\n"))
        let error = try #require(throws: BaselineError.self) { try Baseline.read(source: "old", files: files) }
        #expect(error.location == "old/starter-ops.template.json:2:17")
        #expect(error.message.hasPrefix("not valid JSON: "))
    }

    @Test func aTemplatePathOutsideTheFolderIsRefused() throws {
        let plan = """
            {"version": 1, "app": "a", "waves": [["s"]], "criticalPath": ["s"], "steps": [{"name": "s", "kind": "stack",
             "region": "eu-west-1", "account": null, "wave": 1, "template": "../../etc/passwd", "dependsOn": [],
             "capabilities": [], "parameters": [], "command": "x"}]}
            """
        let error = try #require(throws: BaselineError.self) {
            try Baseline.read(source: "old", files: [EmittedFile(path: "plan.json", contents: plan)])
        }
        #expect(error.message == "plan.json step 's' has no region, or a template that is not a file beside plan.json")
    }

    @Test func aPlanOfAnotherVersionIsRefused() throws {
        let error = try #require(throws: BaselineError.self) {
            try Baseline.read(source: "old", files: [EmittedFile(path: "plan.json", contents: "{\"version\": 2}")])
        }
        #expect(error.message == "plan.json is not version 1 of stackgen's plan format")
    }
}
