import StackgenCore

extension Stack {
    /// The stack with one topic: CloudFormation (and lowering, SG108) rejects a stack
    /// without resources, and many fixtures are about something else.
    public func withTopic() -> Stack {
        var stack = self
        stack.add("Topic", GenericResource("AWS::SNS::Topic"))
        return stack
    }
}
