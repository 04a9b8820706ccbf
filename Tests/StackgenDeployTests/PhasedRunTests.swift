import StackgenDeploy
import StackgenEmit
import Testing

/// `deploy --against`: a rollout's phases run one after the other against a scripted AWS CLI.
/// The rollout is the demo's shape: `worker` imports a value `base` changes and a stack
/// `legacy` that the new version removes.
@Suite struct PhasedRunTests {
    static func step(_ name: String, wave: Int, after: [String] = [], parameters: [Plan.Parameter] = []) -> Plan.Step {
        Plan.Step(
            name, kind: .stack, region: "eu-west-1", wave: wave, template: "\(name).template.json",
            dependsOn: after.map { Plan.Dependency($0) }, parameters: parameters, command: "deploy \(name)")
    }

    static let deletion = Plan.Step(
        "delete legacy", kind: .script, region: "eu-west-1", wave: 3, template: nil, dependsOn: [Plan.Dependency("worker")],
        command: "aws cloudformation delete-stack --stack-name legacy --region eu-west-1")

    static func phase(_ number: Int, _ kind: String, _ steps: [Plan.Step], completed: Set<String> = []) -> PhasedRun.Phase {
        let folder = "/out/rollout/phase-\(number)-\(kind)"
        let settings = DeploySettings(
            app: "demo", outputFolder: "/out", sourceRoot: "/src", stacksWithAssets: [],
            pollSeconds: 0, readFile: { _ in Array("{}".utf8) }, keepPackaged: { name, _ in .success("/out/.stackgen/packaged/\(name)") })
        let waves = (1...(steps.map(\.wave).max() ?? 1)).map { wave in steps.filter { $0.wave == wave }.map(\.name) }
        return PhasedRun.Phase(
            label: "phase \(number) of 3 (\(kind))", plan: Plan("demo", steps: steps, waves: waves),
            settings: settings.phase(
                folder: folder, sourceRoot: "/src", stacksWithAssets: [],
                keepPackaged: { name, _ in .success("\(folder)/.stackgen/packaged/\(name)") }),
            deletions: steps.contains(deletion) ? ["delete legacy": PhasedRun.DeletedStack(name: "legacy", region: "eu-west-1")] : [:],
            completed: completed)
    }

    /// prepare: worker takes base's current value; update: base, worker, then legacy goes;
    /// contract: base drops the export it kept.
    static func phases(completed: [Set<String>] = [[], [], []]) -> [PhasedRun.Phase] {
        let pinned = Plan.Parameter("StackgenPreviousQueue", source: .output(stack: "base", region: "eu-west-1", key: "QueueUrl"))
        return [
            phase(1, "prepare", [step("worker", wave: 1, parameters: [pinned])], completed: completed[0]),
            phase(2, "update", [step("base", wave: 1), step("worker", wave: 2, after: ["base"]), deletion], completed: completed[1]),
            phase(3, "contract", [step("base", wave: 1)], completed: completed[2]),
        ]
    }

    static func cloud() -> ScriptedCommands {
        let commands = ScriptedCommands()
        commands.describe("base", "UPDATE_COMPLETE", outputs: ["QueueUrl": "https://sqs/jobs"])
        commands.describe("worker", "UPDATE_COMPLETE")
        commands.describe("legacy", "CREATE_COMPLETE")
        commands.on("describe-stacks", "legacy", fail: ScriptedCommands.missing)
        commands.on("update-stack", answer: "{\"StackId\": \"id\"}")
        commands.on("delete-stack")
        return commands
    }

    /// `update-stack worker phase-1-prepare`: what changed which stack, from which folder.
    static func changes(_ commands: ScriptedCommands) -> [String] {
        commands.calls.compactMap { call in
            guard let verb = call.first(where: { ["create-stack", "update-stack", "delete-stack"].contains($0) }),
                let stack = call.firstIndex(of: "--stack-name").map({ call[$0 + 1] })
            else { return nil }
            let folder = call.first { $0.hasPrefix("file://") }?.split(separator: "/").dropLast().last.map { " \($0)" } ?? ""
            return "\(verb) \(stack)\(folder)"
        }
    }

    static func run(_ phases: [PhasedRun.Phase], _ commands: ScriptedCommands, begun: Box<[Int]> = Box([])) -> PhasedRun.Report {
        PhasedRun(
            phases: phases, aws: AWSCLI(commands: commands), commands: commands,
            begin: { index in
                begun.value.append(index)
                return RecordingObserver()
            }
        ).run(concurrency: 1)
    }

    @Test func phasesRunOneAfterTheOtherAndTheRemovedStackGoesThroughTheDestroyPath() {
        let commands = Self.cloud()
        let begun = Box<[Int]>([])
        let report = Self.run(Self.phases(), commands, begun: begun)
        #expect(report.succeeded)
        #expect(begun.value == [0, 1, 2])
        #expect(
            Self.changes(commands) == [
                "update-stack worker phase-1-prepare",
                "update-stack base phase-2-update", "update-stack worker phase-2-update", "delete-stack legacy",
                "update-stack base phase-3-contract",
            ])
        // The prepare phase read base's current value once, before it started, and passed it.
        let prepare = commands.calls.first { $0.contains("update-stack") } ?? []
        #expect(
            prepare.contains {
                $0.contains("\"ParameterKey\": \"StackgenPreviousQueue\"") && $0.contains("\"ParameterValue\": \"https://sqs/jobs\"")
            })
        #expect(commands.lines.first?.hasPrefix("cloudformation describe-stacks --stack-name base") == true)
        // The destroy path waits until the stack is gone.
        #expect(report.phases[1]?.outcomes["delete legacy"]?.result == .succeeded(status: "DELETE_COMPLETE"))
    }

    @Test func aDeletedStackNamesTheResourcesItKeepsAsDestroyDoes() {
        let commands = Self.cloud()
        commands.on(
            "get-template", "legacy", "Original",
            answer:
                #"{"Resources": {"Audit": {"Type": "AWS::SNS::Topic", "DeletionPolicy": "Retain"}, "Queue": {"Type": "AWS::SQS::Queue"}}}"#)
        commands.on("describe-stack-resources", "legacy", answer: #"[{"Id": "Audit", "Physical": "arn:aws:sns:eu-west-1:1:audit"}]"#)
        let report = Self.run(Self.phases(), commands)
        #expect(report.succeeded)
        #expect(report.kept == ["legacy": ["Audit (AWS::SNS::Topic) arn:aws:sns:eu-west-1:1:audit"]])
    }

    @Test func aFailureStopsTheRolloutInItsPhase() {
        let commands = ScriptedCommands()
        commands.describe("base", "UPDATE_COMPLETE", outputs: ["QueueUrl": "https://sqs/jobs"])
        commands.describe("worker", "UPDATE_COMPLETE")
        commands.on("update-stack", "worker", answer: "{}")
        commands.on("update-stack", "base", answer: "{}")
        commands.on(
            "update-stack", "worker",
            fail: "An error occurred (ValidationError) when calling the UpdateStack operation: No export named base:Jobs found")
        let begun = Box<[Int]>([])
        let report = Self.run(Self.phases(), commands, begun: begun)
        #expect(!report.succeeded)
        #expect(report.stoppedIn == 1)
        #expect(begun.value == [0, 1])
        #expect(report.phases.count == 3)
        #expect(report.phases[2] == nil)
        #expect(report.phases[1]?.failed == ["worker"])
        #expect(report.phases[1]?.neverStarted == ["delete legacy"])
        #expect(
            report.phases[1]?.outcomes["worker"]?.result
                == .failed(
                    status: "UPDATE_FAILED",
                    reason: "An error occurred (ValidationError) when calling the UpdateStack operation: No export named base:Jobs found"))
        #expect(
            Self.changes(commands) == [
                "update-stack worker phase-1-prepare", "update-stack base phase-2-update", "update-stack worker phase-2-update",
            ])
    }

    @Test func resumeSkipsFinishedPhasesAndContinuesAtTheFailedStep() {
        let commands = Self.cloud()
        let begun = Box<[Int]>([])
        let report = Self.run(Self.phases(completed: [["worker"], ["base"], []]), commands, begun: begun)
        #expect(report.succeeded)
        #expect(begun.value == [1, 2])
        #expect(report.phases[0] == nil)
        #expect(
            Self.changes(commands) == ["update-stack worker phase-2-update", "delete-stack legacy", "update-stack base phase-3-contract"])
        // The prepare phase is done: base's value is not read for it again.
        #expect(!commands.lines.contains { $0.contains("StackgenPreviousQueue") })
    }

    @Test func aValueThePhaseNeedsFromAStackOutsideItStopsItBeforeAnythingChanges() {
        let commands = ScriptedCommands()
        commands.describe("base", "UPDATE_COMPLETE", outputs: [:])
        let report = Self.run(Self.phases(), commands)
        #expect(report.stoppedIn == 0)
        #expect(
            report.phases[0]?.outcomes["worker"]?.result
                == .failed(status: "READ_FAILED", reason: "stack 'base' has no output 'QueueUrl' for parameter 'StackgenPreviousQueue'"))
        #expect(Self.changes(commands).isEmpty)
    }

    @Test func aDeclinedReviewStopsTheRolloutAtThatWave() {
        let commands = Self.cloud()
        commands.on("create-change-set", answer: "{}")
        commands.on(
            "describe-change-set",
            answer:
                "{\"Status\": \"CREATE_COMPLETE\", \"Changes\": [{\"Action\": \"Modify\", \"Id\": \"Q\", \"Type\": \"AWS::SQS::Queue\"}]}")
        commands.on("execute-change-set")
        var asked: [String] = []
        let report = PhasedRun(
            phases: Self.phases(), aws: AWSCLI(commands: commands), commands: commands, begin: { _ in RecordingObserver() },
            review: (
                show: { _ in },
                confirm: { phase, wave in
                    asked.append("phase \(phase + 1) wave \(wave)")
                    return phase == 0
                }
            )
        ).run(concurrency: 1)
        #expect(asked == ["phase 1 wave 1", "phase 2 wave 1"])
        #expect(report.stoppedIn == 1)
        #expect(report.declinedWave == 1)
        #expect(commands.lines.filter { $0.hasPrefix("cloudformation execute-change-set") }.count == 1)
        #expect(!commands.lines.contains { $0.hasPrefix("cloudformation delete-stack") })
    }
}

/// A value a closure can change.
final class Box<Value>: @unchecked Sendable {
    var value: Value
    init(_ value: Value) { self.value = value }
}
