import StackgenEC2
import StackgenEKS
import StackgenIAM

/// `agent-platform-bastion` (bastion.tf): a t3.large Ubuntu host in the first private
/// subnet, reached through SSM only, with IMDSv2 required, the rights to administer the
/// cluster and reach the data stores, and its own EKS access entry.
struct AgentPlatformBastion {
    var stack = Stack(
        "agent-platform-bastion", region: AgentPlatformApp.region,
        description: "Agent platform bastion: SSM-only Ubuntu host with EKS access.")

    init(network: AgentPlatformNetwork, eks: AgentPlatformEKS, data: AgentPlatformDataStores) {
        // data.aws_ami.ubuntu becomes Canonical's public SSM parameter, resolved at deploy time.
        let image = stack.parameter(
            "UbuntuAmi", type: .ssmImageID, of: String.self,
            default: "/aws/service/canonical/ubuntu/server/22.04/stable/current/amd64/hvm/ebs-gp2/ami-id",
            description: "Ubuntu 22.04 AMI id, from Canonical's public parameter.")
        let role = stack.add(
            "BastionRole",
            IAM.Role(
                assumeRolePolicyDocument: IAM.PolicyDocument(.assumeRole(by: .service("ec2.amazonaws.com"))),
                managedPolicyArns: [
                    "arn:\(AWS.partition):iam::aws:policy/AmazonSSMManagedInstanceCore",
                    "arn:\(AWS.partition):iam::aws:policy/ElasticLoadBalancingReadOnly",
                ],
                policies: [
                    .init(
                        policyDocument: IAM.PolicyDocument(
                            .allow(["eks:DescribeCluster", "eks:ListClusters", "eks:AccessKubernetesApi"], on: [eks.cluster.arn]),
                            .allow(["rds-db:connect"], on: [
                                "arn:\(AWS.partition):rds-db:\(AWS.region):\(AWS.accountID):dbuser:\(data.postgres.dbClusterResourceId)/*",
                            ]),
                            .allow(["secretsmanager:GetSecretValue"], on: [data.postgres.masterUserSecretSecretArn, data.redisAuthSecret.ref]),
                            .allow(["dynamodb:*"], on: [data.usagePlans.arn, data.usageLogs.arn]),
                            .allow(["bedrock:InvokeModel", "bedrock:ListFoundationModels"]),
                            .allow(["ecr:GetAuthorizationToken", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer", "ecr:PutImage"])),
                        policyName: "bastion-operations")
                ]))
        let profile = stack.add("BastionInstanceProfile", IAM.InstanceProfile(roles: [role.ref]))
        let instance = stack.add(
            "BastionInstance",
            EC2.Instance(
                blockDeviceMappings: [.init(deviceName: "/dev/sda1", ebs: .init(encrypted: true, volumeSize: 30, volumeType: .gp3))],
                iamInstanceProfile: profile.ref,
                imageId: image.value,
                instanceType: "t3.large",
                metadataOptions: .init(httpEndpoint: .enabled, httpPutResponseHopLimit: 1, httpTokens: .required),
                securityGroupIds: [network.bastionGroup.groupId],
                subnetId: network.privateSubnets[0].ref,
                tags: Tag.list(["Name": "\(AgentPlatformApp.name)-bastion"])))
        stack.add(
            "BastionAccessEntry",
            EKS.AccessEntry(clusterName: eks.cluster.ref, principalArn: role.arn, accessPolicies: [AgentPlatformEKS.clusterAdmin]))

        stack.output("BastionInstanceId", instance.ref)
    }
}
