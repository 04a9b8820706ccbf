import StackgenCore

/// Two versions of one small app, for `stackgen diff` and the phased rollout. CI deploys
/// version 1 to moto, then rolls out version 2 with `stackgen deploy --against deployed`.
/// Version 2 makes each change that CloudFormation's export-in-use rule blocks:
/// - the worker stops using the events topic (its export disappears) but keeps using the
///   jobs queue, so the base stack must still deploy before it;
/// - the exported jobs-queue URL points at a new queue (same export name, new value);
/// - the legacy stack is removed, though version 1's worker imports from it.
/// Only types that moto models, so the rollout runs for real.
public enum RolloutDemo {
    public static var version1: App { app(version: 1) }
    public static var version2: App { app(version: 2) }

    static func app(version: Int) -> App {
        var app = App("rollout-demo-v\(version)", description: "Version \(version) of the phased-rollout demo.", region: .euWest1)
        var base = Stack("rollout-demo-base", description: "Queue and topic the worker uses.")
        // moto neither replaces a queue whose name changes nor refreshes an export's value
        // on update, so the value changes the way moto shows: the output names another queue.
        let queue =
            version == 1
            ? base.add("JobsQueue", GenericResource("AWS::SQS::Queue", properties: ["QueueName": "demo-jobs"]))
            : base.add("PriorityQueue", GenericResource("AWS::SQS::Queue", properties: ["QueueName": "demo-priority-jobs"]))
        let jobsQueue = base.output("JobsQueueUrl", queue.ref as Value<String>, exportName: "rollout-demo-jobs-queue")
        let topic = base.add("EventsTopic", GenericResource("AWS::SNS::Topic", properties: ["DisplayName": "Demo events"]))
        var worker = Stack("rollout-demo-worker", description: "Settings the worker reads.")
        let queueURL: Value<String> = jobsQueue.value
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
