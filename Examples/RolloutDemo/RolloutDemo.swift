import StackgenCore

/// Two versions of one small app, for `stackgen diff` and the phased rollout. CI deploys
/// version 1 to moto, then rolls out version 2 with `stackgen deploy --against deployed`.
/// Version 2 makes each change that CloudFormation's export-in-use rule blocks:
/// - the worker stops using the events topic (its export disappears) but keeps using the
///   jobs queue, so the base stack must still deploy before it;
/// - the jobs queue gets a new name, which replaces it: the exported queue URL changes;
/// - the legacy stack is removed, though version 1's worker imports from it.
/// Only types that moto models, so the rollout runs for real.
public enum RolloutDemo {
    public static var version1: App { app(version: 1) }
    public static var version2: App { app(version: 2) }

    static func app(version: Int) -> App {
        var app = App("rollout-demo-v\(version)", description: "Version \(version) of the phased-rollout demo.", region: "eu-west-1")
        var base = Stack("rollout-demo-base", description: "Queue and topic the worker uses.")
        let queue = base.add(
            "JobsQueue",
            GenericResource("AWS::SQS::Queue", properties: ["QueueName": .string(version == 1 ? "demo-jobs" : "demo-jobs-v2")]))
        let topic = base.add("EventsTopic", GenericResource("AWS::SNS::Topic", properties: ["DisplayName": "Demo events"]))
        var worker = Stack("rollout-demo-worker", description: "Settings the worker reads.")
        let queueURL: Value<String> = queue.ref
        worker.add(
            "QueueSetting",
            GenericResource("AWS::SSM::Parameter", properties: ["Name": "/demo/jobs-queue", "Type": "String", "Value": Expr(queueURL)]))
        if version == 1 {
            let topicArn: Value<String> = topic.ref
            worker.add(
                "TopicSetting",
                GenericResource("AWS::SSM::Parameter", properties: ["Name": "/demo/events-topic", "Type": "String", "Value": Expr(topicArn)]))
            var legacy = Stack("rollout-demo-legacy", description: "The old audit topic.")
            let audit = legacy.add("AuditTopic", GenericResource("AWS::SNS::Topic", properties: ["DisplayName": "Legacy audit"]))
            let auditArn: Value<String> = audit.ref
            worker.add(
                "AuditSetting",
                GenericResource("AWS::SSM::Parameter", properties: ["Name": "/demo/audit-topic", "Type": "String", "Value": Expr(auditArn)]))
            app.add(legacy)
        } else {
            worker.add(
                "ModeSetting",
                GenericResource("AWS::SSM::Parameter", properties: ["Name": "/demo/mode", "Type": "String", "Value": "v2"]))
        }
        app.add(base)
        app.add(worker)
        return app
    }
}
