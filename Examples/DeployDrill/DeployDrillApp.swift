import StackgenCore

/// Three stacks in three waves for rehearsing a failed deploy: the middle stack imports an
/// export made outside the app (`drill-prerequisite-ready`). While no stack exports it,
/// the wave-2 stack fails and the wave-3 stack must never start; once it exists,
/// `stackgen deploy --resume` finishes the job without touching wave 1. CI runs exactly
/// that against moto (`scripts/moto-deploy.sh`).
public enum DeployDrillApp {
    public static let prerequisiteExport = "drill-prerequisite-ready"

    public static var app: App {
        var app = App("deploy-drill", description: "A failure and resume rehearsal in three waves.", region: "eu-west-1")
        let prerequisite = app.externalExport(prerequisiteExport)

        var queueStack = Stack("drill-queue", description: "Wave 1: the work queue.")
        let queue = queueStack.add("WorkQueue", GenericResource("AWS::SQS::Queue", properties: ["MessageRetentionPeriod": 3600]))

        var workerStack = Stack("drill-worker", description: "Wave 2: needs the queue and the outside prerequisite.")
        let queueArn: Value<String> = queue.getAtt("Arn")
        let topic = workerStack.add(
            "WorkTopic",
            GenericResource(
                "AWS::SNS::Topic",
                properties: [
                    "DisplayName": "Drill work",
                    "Tags": [["Key": "queue", "Value": Expr(queueArn)], ["Key": "ready", "Value": Expr(prerequisite.value())]],
                ]))

        var settingsStack = Stack("drill-settings", description: "Wave 3: publishes the worker's topic.")
        let topicArn: Value<String> = topic.ref
        settingsStack.add(
            "WorkTopicParameter",
            GenericResource("AWS::SSM::Parameter", properties: ["Name": "/drill/work-topic", "Type": "String", "Value": Expr(topicArn)]))

        app.add([queueStack, workerStack, settingsStack])
        return app
    }
}
