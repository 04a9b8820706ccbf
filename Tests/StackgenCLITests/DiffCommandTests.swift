import Foundation
import Testing

/// `stackgen diff` run as a user runs it: synth version 1, then diff version 2 against it.
@Suite struct DiffCommandTests {
    @Test func diffOfTheRolloutDemoAgainstItsFirstVersion() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let synth = try BinaryRunner.run(["synth", "--app", "rollout-demo-v1", "--out", "v1"], in: folder)
        #expect(synth.status == 0)
        let diff = try BinaryRunner.run(["diff", "--app", "rollout-demo-v2", "--against", "v1"], in: folder)
        #expect(diff.status == 0)
        #expect(diff.stderr == "")
        #expect(
            diff.stdout == """
                Diff of 'rollout-demo-v2' against v1: 2 stacks changed, 0 added, 1 removed; 3 export changes

                stack rollout-demo-base (eu-west-1): changed
                  + PriorityQueue  AWS::SQS::Queue
                  - JobsQueue      AWS::SQS::Queue  [stateful: its data is deleted]
                  outputs changed: EventsTopic, JobsQueueUrl

                stack rollout-demo-worker (eu-west-1): changed
                  ~ QueueSetting  AWS::SSM::Parameter
                      Properties/Value
                  + ModeSetting   AWS::SSM::Parameter
                  - TopicSetting  AWS::SSM::Parameter
                  - AuditSetting  AWS::SSM::Parameter

                stack rollout-demo-legacy (eu-west-1): removed
                  - AuditTopic  AWS::SNS::Topic

                exports
                  - rollout-demo-base:EventsTopic (eu-west-1) from rollout-demo-base: imported before by rollout-demo-worker, after by none
                  ! rollout-demo-jobs-queue (eu-west-1) from rollout-demo-base: its value changes from {"Ref":"JobsQueue"} to {"Ref":"PriorityQueue"}
                      imported before by rollout-demo-worker, after by rollout-demo-worker
                  - rollout-demo-legacy:AuditTopic (eu-west-1) from rollout-demo-legacy: imported before by rollout-demo-worker, after by none

                """)
        let json = try BinaryRunner.run(["diff", "--app", "rollout-demo-v2", "--against", "v1", "--format", "json"], in: folder)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let exports = try #require(object["exports"] as? [[String: Any]])
        #expect(exports.map { $0["change"] as? String } == ["removed", "changed", "removed"])
    }

    @Test func aMissingBaselineFolderIsAnErrorWithAHint() throws {
        let result = try BinaryRunner.run(["diff", "--app", "starter", "--against", "no-such-folder"], in: try BinaryRunner.temporaryFolder())
        #expect(result.status == 1)
        #expect(
            result.stderr == """
                Error: no-such-folder: no such folder
                  hint: '--against' takes the output folder of an earlier 'stackgen synth' (e.g. one checked out from git), or 'deployed'

                """)
    }

    @Test func diffWithoutAgainstIsAUsageError() throws {
        let result = try BinaryRunner.run(["diff", "--app", "starter"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: 'diff' needs '--against <folder|deployed>'\n"))
    }
}
