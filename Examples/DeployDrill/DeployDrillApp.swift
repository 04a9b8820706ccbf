import StackgenCore

/// Three stacks in three waves for rehearsing a failed deploy: the middle stack needs a
/// value only the person deploying has (`ReleaseTag`, no default). Without
/// `--parameter ReleaseTag=…` the wave-2 stack fails and the wave-3 stack must never start;
/// `stackgen deploy --resume --parameter ReleaseTag=…` then finishes the job without touching
/// wave 1. CI runs exactly
/// that against moto (`scripts/moto-deploy.sh`). Wave 1 also holds a SAM function whose code
/// is in this repository, so the drill packages a real local asset.
public enum DeployDrillApp {
    public static var app: App {
        var app = App(
            "deploy-drill", description: "A failure and resume rehearsal in three waves.", region: .euWest1,
            sourceRoot: "Examples/DeployDrillCode")

        var queueStack = Stack("drill-queue", description: "Wave 1: the work queue.")
        let queue = queueStack.add("WorkQueue", GenericResource("AWS::SQS::Queue", properties: ["MessageRetentionPeriod": 3600]))
        // Code kept in this repository (Examples/DeployDrillCode/worker/): a local asset that
        // deploy packages into the artifact bucket, through the SAM transform.
        queueStack.transforms = ["AWS::Serverless-2016-10-31"]
        let queueURL: Value<String> = queue.ref
        queueStack.add(
            "QueueWorker",
            GenericResource(
                "AWS::Serverless::Function",
                properties: [
                    "CodeUri": "worker/", "Handler": "index.handler", "Runtime": "python3.13",
                    "Environment": ["Variables": ["QUEUE_URL": Expr(queueURL)]],
                ]))

        var workerStack = Stack("drill-worker", description: "Wave 2: needs the queue and a release tag from whoever deploys.")
        let releaseTag = workerStack.parameter("ReleaseTag", description: "The release being deployed; no default on purpose.")
        let queueArn: Value<String> = queue.getAtt("Arn")
        let topic = workerStack.add(
            "WorkTopic",
            GenericResource(
                "AWS::SNS::Topic",
                properties: [
                    "DisplayName": "Drill work",
                    "Tags": [["Key": "queue", "Value": Expr(queueArn)], ["Key": "release", "Value": Expr(releaseTag.value)]],
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
