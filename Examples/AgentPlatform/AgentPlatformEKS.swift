import StackgenEC2
import StackgenEKS
import StackgenIAM
import StackgenLogs

/// `agent-platform-eks` (eks.tf): the private-endpoint Kubernetes 1.32 cluster, its managed
/// node group on a launch template, the six add-ons, the OIDC provider that IRSA roles
/// trust, and the access entries of the deployment role.
struct AgentPlatformEKS {
    var stack = Stack(
        "agent-platform-eks", region: AgentPlatformApp.region,
        description: "Agent platform EKS: cluster, node group, add-ons, OIDC provider, access entries.")
    let cluster: Resource<EKS.Cluster>
    let oidcProvider: Resource<IAM.OIDCProvider>

    init(network: AgentPlatformNetwork) {
        let name = "\(AgentPlatformApp.name)-eks"
        let clusterRole = stack.add(
            "EksClusterRole",
            IAM.Role(
                assumeRolePolicyDocument: IAM.PolicyDocument(.assumeRole(by: .service("eks.amazonaws.com"))),
                managedPolicyArns: [
                    "arn:\(AWS.partition):iam::aws:policy/AmazonEKSClusterPolicy",
                    "arn:\(AWS.partition):iam::aws:policy/AmazonEKSServicePolicy",
                ]))
        // Created before the cluster so that its retention applies from the first log line.
        let logs = stack.add(
            "EksClusterLogGroup", Logs.LogGroup(logGroupName: .init("/aws/eks/\(name)/cluster"), retentionInDays: 30))
        cluster = stack.add(
            "EksCluster",
            EKS.Cluster(
                resourcesVpcConfig: .init(
                    subnetIds: network.privateSubnetIDs, endpointPrivateAccess: true, endpointPublicAccess: false,
                    securityGroupIds: [network.clusterGroup.groupId]),
                roleArn: clusterRole.arn,
                accessConfig: .init(authenticationMode: .apiAndConfigMap, bootstrapClusterCreatorAdminPermissions: true),
                logging: .init(
                    clusterLogging: .init(enabledTypes: [
                        .init(type: .api), .init(type: .audit), .init(type: .authenticator), .init(type: .controllerManager),
                        .init(type: .scheduler),
                    ])),
                name: .init(name),
                version: "1.32"),
            dependsOn: [logs])

        // CloudFormation reads the issuer's certificate itself; the thumbprint Terraform took
        // from data.tls_certificate is optional here.
        oidcProvider = stack.add(
            "EksOidcProvider", IAM.OIDCProvider(clientIdList: ["sts.amazonaws.com"], url: cluster.openIdConnectIssuerUrl))

        let nodeRole = stack.add(
            "EksNodeRole",
            IAM.Role(
                assumeRolePolicyDocument: IAM.PolicyDocument(.assumeRole(by: .service("ec2.amazonaws.com"))),
                managedPolicyArns: [
                    "arn:\(AWS.partition):iam::aws:policy/AmazonEKSWorkerNodePolicy",
                    "arn:\(AWS.partition):iam::aws:policy/AmazonEKS_CNI_Policy",
                    "arn:\(AWS.partition):iam::aws:policy/AmazonEC2ContainerRegistryReadOnly",
                    "arn:\(AWS.partition):iam::aws:policy/AmazonSSMManagedInstanceCore",
                ]))
        let template = stack.add(
            "EksNodesLaunchTemplate",
            EC2.LaunchTemplate(
                launchTemplateData: .init(
                    blockDeviceMappings: [
                        .init(deviceName: "/dev/xvda", ebs: .init(deleteOnTermination: true, encrypted: true, volumeSize: 50, volumeType: .gp3))
                    ],
                    metadataOptions: .init(httpPutResponseHopLimit: 2, httpTokens: .required),
                    securityGroupIds: [network.nodesGroup.groupId, cluster.clusterSecurityGroupId]),
                launchTemplateName: .init("\(name)-nodes")))
        stack.add(
            "EksNodeGroup",
            EKS.Nodegroup(
                clusterName: cluster.ref, nodeRole: nodeRole.arn, subnets: network.privateSubnetIDs,
                instanceTypes: ["t3.medium"],
                launchTemplate: .init(id: template.ref, version: template.latestVersionNumber),
                nodegroupName: .init("\(name)-nodes"),
                scalingConfig: .init(desiredSize: 4, maxSize: 6, minSize: 2)))

        // The EBS CSI driver's IRSA role sits with the cluster: its add-on names the role.
        let ebsRole = stack.add(
            "EbsCsiDriverRole",
            IAM.Role(
                assumeRolePolicyDocument: AgentPlatformIRSA.trust(
                    provider: oidcProvider.arn, issuer: cluster.openIdConnectIssuerUrl, serviceAccount: "kube-system:ebs-csi-controller-sa"),
                managedPolicyArns: ["arn:\(AWS.partition):iam::aws:policy/service-role/AmazonEBSCSIDriverPolicy"]))
        let addons: [(String, String, Value<String>?)] = [
            ("VpcCniAddon", "vpc-cni", nil), ("CoreDnsAddon", "coredns", nil), ("KubeProxyAddon", "kube-proxy", nil),
            ("CertManagerAddon", "cert-manager", nil), ("AdotAddon", "adot", nil),
            ("EbsCsiDriverAddon", "aws-ebs-csi-driver", ebsRole.arn),
        ]
        for (id, addon, role) in addons {
            stack.add(
                id,
                EKS.Addon(addonName: .init(addon), clusterName: cluster.ref, resolveConflicts: .overwrite, serviceAccountRoleArn: role))
        }

        let deploymentRole = stack.add(
            "EksDeploymentRole",
            IAM.Role(
                assumeRolePolicyDocument: IAM.PolicyDocument(.assumeRole(by: .currentAccount)),
                managedPolicyArns: [
                    "arn:\(AWS.partition):iam::aws:policy/AmazonEKSClusterPolicy",
                    "arn:\(AWS.partition):iam::aws:policy/AmazonEC2ContainerRegistryPowerUser",
                ],
                policies: [
                    .init(
                        policyDocument: IAM.PolicyDocument(.allow(["eks:DescribeCluster", "eks:ListClusters"], on: [cluster.arn])),
                        policyName: "eks-deployment")
                ]))
        stack.add(
            "DeploymentRoleAccessEntry",
            EKS.AccessEntry(
                clusterName: cluster.ref, principalArn: deploymentRole.arn,
                accessPolicies: [Self.clusterAdmin]))

        stack.output("ClusterName", cluster.ref)
        stack.output("ClusterEndpoint", cluster.endpoint)
    }

    /// `AmazonEKSClusterAdminPolicy` over the whole cluster.
    static let clusterAdmin = EKS.AccessEntry.AccessPolicy(
        accessScope: .init(type: .cluster),
        policyArn: "arn:\(AWS.partition):eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy")
}
