import StackgenCore
import StackgenPipeline
import StackgenSQS
import Testing

/// SG404 (#14: an override is checked): an `.overriding` path whose first name the type's
/// schema lacks is a warning at the resource, with a did-you-mean when a name is close.
@Suite struct PropertyNameCheckTests {
    static func compile(_ queue: SQS.Queue) -> [String] {
        var stack = Stack("orders", region: .euWest1)
        stack.add("Queue", queue, file: "Orders.swift", line: 7)
        var app = App("shop", region: .euWest1)
        app.add(stack)
        return Pipeline.compile(app).diagnostics.sorted.filter { $0.code == .unknownProperty }.map(\.description)
    }

    @Test func anOverrideOfAPropertyTheSchemaLacksIsAWarningWithADidYouMean() {
        #expect(
            Self.compile(SQS.Queue(queueName: "orders").overriding("VisibilityTimeOut", with: 30)) == [
                """
                Orders.swift:7: warning[SG404]: property 'VisibilityTimeOut' is not in the schema of AWS::SQS::Queue
                  at: stack orders › resource Queue › Properties.VisibilityTimeOut
                  hint: did you mean 'VisibilityTimeout'? CloudFormation rejects a property the type does not have, unless it is newer than stackgen's schemas
                """
            ])
    }

    @Test func aPathIsCheckedByItsFirstNameAndNothingCloseGetsNoSuggestion() {
        #expect(
            Self.compile(SQS.Queue().overriding("Properties.Encryption.Mode", with: 3)) == [
                """
                Orders.swift:7: warning[SG404]: property 'Encryption' is not in the schema of AWS::SQS::Queue
                  at: stack orders › resource Queue › Properties.Encryption
                  hint: CloudFormation rejects a property the type does not have, unless it is newer than stackgen's schemas
                """
            ])
    }

    @Test func anOverrideInsideAKnownPropertyIsNotAWarning() {
        #expect(Self.compile(SQS.Queue().overriding("RedrivePolicy.maxReceiveCount", with: 5)).isEmpty)
        #expect(Self.compile(SQS.Queue(queueName: "orders").overriding("QueueName", with: "other")).isEmpty)
    }
}
