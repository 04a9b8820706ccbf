import StackgenCore
import StackgenDiff

/// Small apps in two versions, one per hazard.
enum HazardFixtures {
    static let facts = FactsTable(createOnly: ["AWS::SQS::Queue": ["QueueName"]], stateful: [])
    static let factsWithDemo = FactsTable(createOnly: ["AWS::SQS::Queue": ["QueueName"], "AWS::SSM::Parameter": ["Name"]], stateful: [])

    /// `consumer` uses the producer's queue in version 1 only, so the export goes away
    /// and nothing else orders the producer first.
    static func droppedUse(version: Int) -> App {
        var app = App("dropped", region: .euWest1)
        var producer = Stack("producer")
        let queue = producer.add("Queue", GenericResource("AWS::SQS::Queue"))
        var consumer = Stack("consumer")
        if version == 1 {
            let url: Value<String> = queue.ref
            consumer.add("Setting", GenericResource("AWS::SSM::Parameter", properties: ["Type": "String", "Value": Expr(url)]))
        } else {
            consumer.add("Setting", GenericResource("AWS::SSM::Parameter", properties: ["Type": "String", "Value": "none"]))
        }
        app.add([producer, consumer])
        return app
    }

    /// The producer's queue is renamed (replaced); in version 2 the consumer no longer
    /// uses it, so it can simply update first.
    static func replacedAndDropped(version: Int) -> App {
        var app = App("replaced", region: .euWest1)
        var producer = Stack("producer")
        let queue = producer.add("Queue", GenericResource("AWS::SQS::Queue", properties: ["QueueName": .string("q\(version)")]))
        producer.output("QueueUrl", queue.ref as Value<String>, exportName: "shared-queue")
        var consumer = Stack("consumer")
        let url: Value<String> = version == 1 ? queue.ref : "none"
        consumer.add("Setting", GenericResource("AWS::SSM::Parameter", properties: ["Type": "String", "Value": Expr(url)]))
        app.add([producer, consumer])
        return app
    }

    /// The export `shared-topic` moves from `first` to `second` while `consumer` imports it;
    /// without `keepFirst`, version 2 has no `first` at all.
    static func movedExport(version: Int, keepFirst: Bool = true) -> App {
        var app = App("moved", region: .euWest1)
        var first = Stack("first")
        var second = Stack("second")
        let oldTopic = first.add("Topic", GenericResource("AWS::SNS::Topic"))
        let newTopic = second.add("Topic", GenericResource("AWS::SNS::Topic"))
        let topic = version == 1 ? oldTopic : newTopic
        if version == 1 {
            first.output("TopicArn", topic.ref as Value<String>, exportName: "shared-topic")
        } else {
            second.output("TopicArn", topic.ref as Value<String>, exportName: "shared-topic")
        }
        var consumer = Stack("consumer")
        let arn: Value<String> = topic.ref
        consumer.add("Setting", GenericResource("AWS::SSM::Parameter", properties: ["Type": "String", "Value": Expr(arn)]))
        app.add(version == 2 && !keepFirst ? [second, consumer] : [first, second, consumer])
        return app
    }
}
