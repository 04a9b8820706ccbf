import StackgenCore

/// A small app touching every template section, for golden tests of the emitter.
enum FixtureApp {
    static var app: App {
        var app = App("fixture", region: .euWest1)
        var data = Stack("fixture-data", description: "Everything a template can hold.", tags: ["team": "core"])
        let stage = data.parameter("Stage", default: "dev", description: "Deployment stage.", allowedValues: ["dev", "prod"])
        let isProd = data.condition("IsProd", Fn.equals(stage.value, "prod"))
        let sizes = data.mapping("Sizes", ["dev": ["Memory": 128], "prod": ["Memory": 1024]])
        let topic = data.add(
            "Events", GenericResource("AWS::SNS::Topic", properties: ["DisplayName": "events \u{1F378}", "TopicName": "\(stage.value)-events"]),
            deletionPolicy: .retain, updateReplacePolicy: .retain, metadata: ["Purpose": "fixture"])
        let deadLetters = data.add("DeadLetters", GenericResource("AWS::SQS::Queue"))
        data.add(
            "Queue",
            GenericResource(
                "AWS::SQS::Queue",
                properties: [
                    "DelaySeconds": Expr(Fn.if(isProd, Value<Int>(5), else: AWS.noValue(Int.self))),
                    "QueueName": Expr(Fn.findInMap(sizes, stage.value, "Memory")),
                    "Tags": [["Key": "Topic", "Value": Expr(topic.ref)], ["Key": "Ratio", "Value": 0.25]],
                ]),
            dependsOn: [deadLetters])
        data.output("TopicArn", topic.ref, description: "The topic.", exportName: "fixture-data:topic-arn", condition: isProd)
        var api = Stack("fixture-api")
        api.add("Subscriber", GenericResource("AWS::SQS::Queue", properties: ["QueueName": Expr(Fn.importValue("fixture-data:topic-arn"))]))
        app.add([data, api])
        return app
    }
}
