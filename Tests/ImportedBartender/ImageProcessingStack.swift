// Imported by `stackgen import` from services/image-processing/template.yaml; edit freely.
import StackgenCore
import StackgenServerless

/// `ai-bartender-image-processing` (eu-west-1): Image optimisation pipeline.
public enum ImageProcessingStack {
    public struct Outputs: Sendable {
    }

    public static func make(datastoreStack: DatastoreStack.Outputs) -> (stack: Stack, outputs: Outputs) {
        let name = "ai-bartender-image-processing"
        var stack = Stack(name, region: .euWest1, description: "Image optimisation pipeline")
        stack.transforms = ["AWS::Serverless-2016-10-31"]
        _ = stack.parameter("HostingStackName", type: .string, of: String.self)
        stack.add("ProcessFunction", Serverless.Function(
            codeUri: "src/",
            environment: .init(
                variables: [
                    "BUCKET": Value(expression: .function("ImportValue", .sub("${HostingStackName}:frontend-bucket-name", variables: [:]))),
                    "DSQL_ENDPOINT": datastoreStack.clusterEndpoint.value,
                    "WRITER_ROLE": datastoreStack.writerRoleArn.value,
                ]
            ),
            handler: "process.handler",
            runtime: "python3.13"
        ))
        return (stack, Outputs())
    }
}
