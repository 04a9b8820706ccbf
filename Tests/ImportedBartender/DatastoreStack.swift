// Imported by `stackgen import` from infrastructure/datastore/template.yaml; edit freely.
import StackgenCore
import StackgenDSQL
import StackgenIAM

/// `ai-bartender-datastore` (eu-west-1): Aurora DSQL cluster and its writer role.
public enum DatastoreStack {
    public struct Outputs: Sendable {
        public let clusterEndpoint: Output<String>
        public let writerRoleArn: Output<String>
    }

    public static func make() -> (stack: Stack, outputs: Outputs) {
        let name = "ai-bartender-datastore"
        var stack = Stack(name, region: .euWest1, description: "Aurora DSQL cluster and its writer role")
        stack.transforms = ["AWS::Serverless-2016-10-31"]
        stack.add("Cluster", DSQL.Cluster(
            deletionProtectionEnabled: true
        ), deletionPolicy: .retain)
        stack.add("WriterRole", IAM.Role(
            assumeRolePolicyDocument: .init(unchecked: .map([
                "Statement": .list([
                    .map([
                        "Action": .string("sts:AssumeRole"),
                        "Effect": .string("Allow"),
                        "Principal": .map([
                            "AWS": .sub("arn:aws:iam::${AWS::AccountId}:root", variables: [:]),
                        ]),
                    ]),
                ]),
                "Version": .string("2012-10-17"),
            ]))
        ))
        let clusterEndpointOutput = stack.output("ClusterEndpoint", Value<String>(expression: .sub("${Cluster.Identifier}.dsql.${AWS::Region}.on.aws", variables: [:])), exportName: "ai-bartender-datastore:cluster-endpoint")
        let writerRoleArnOutput = stack.output("WriterRoleArn", Value<String>(expression: .getAtt(Address(stack: name, logicalID: "WriterRole", kind: .resource), attribute: "Arn")), exportName: "ai-bartender-datastore:writer-role-arn")
        return (stack, Outputs(clusterEndpoint: clusterEndpointOutput, writerRoleArn: writerRoleArnOutput))
    }
}
