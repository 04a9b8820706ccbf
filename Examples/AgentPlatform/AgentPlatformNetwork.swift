import StackgenEC2
import StackgenIAM
import StackgenLogs

/// `agent-platform-network` (networking.tf): the 10.0.0.0/16 VPC over two zones, public
/// and private subnets, one NAT gateway per zone, VPC flow logs, and the security groups
/// every other layer attaches to. The groups live here, with the network, so that the data
/// stores can admit the EKS nodes and the bastion without the layers depending on each other.
struct AgentPlatformNetwork {
    let stack: Stack
    let vpc: Resource<EC2.VPC>
    let publicSubnets: [Resource<EC2.Subnet>]
    let privateSubnets: [Resource<EC2.Subnet>]
    let clusterGroup: Resource<EC2.SecurityGroup>
    let nodesGroup: Resource<EC2.SecurityGroup>
    let bastionGroup: Resource<EC2.SecurityGroup>
    let postgresGroup: Resource<EC2.SecurityGroup>
    let redisGroup: Resource<EC2.SecurityGroup>
    let openSearchGroup: Resource<EC2.SecurityGroup>

    var privateSubnetIDs: Value<[String]> { Value(privateSubnets.map(\.ref)) }

    init() {
        // Locals, so the helper functions below can use them before `self` is complete.
        var stack = Stack(
            "agent-platform-network", region: AgentPlatformApp.region,
            description: "Agent platform network: VPC, subnets, NAT gateways, flow logs, security groups.")
        let name = AgentPlatformApp.name
        let vpc = stack.add(
            "Vpc",
            EC2.VPC(cidrBlock: "10.0.0.0/16", enableDnsHostnames: true, enableDnsSupport: true, tags: Tag.list(["Name": "\(name)-vpc"])))
        let gateway = stack.add("InternetGateway", EC2.InternetGateway(tags: Tag.list(["Name": "\(name)-igw"])))
        let attachment = stack.add(
            "InternetGatewayAttachment", EC2.VPCGatewayAttachment(vpcId: vpc.ref, internetGatewayId: gateway.ref))

        func subnet(_ id: String, zone: Int, cidr: String, isPublic: Bool) -> Resource<EC2.Subnet> {
            stack.add(
                id,
                EC2.Subnet(
                    vpcId: vpc.ref, availabilityZone: Fn.select(zone, Fn.getAZs()), cidrBlock: .init(cidr),
                    mapPublicIpOnLaunch: isPublic ? true : nil,
                    tags: Tag.list([
                        "Name": .init("\(name)-\(isPublic ? "public" : "private")-\(zone + 1)"),
                        // Where the AWS Load Balancer Controller puts internet-facing and internal ALBs.
                        isPublic ? "kubernetes.io/role/elb" : "kubernetes.io/role/internal-elb": "1",
                    ])))
        }
        let publicSubnets = [
            subnet("PublicSubnet1", zone: 0, cidr: "10.0.1.0/24", isPublic: true),
            subnet("PublicSubnet2", zone: 1, cidr: "10.0.2.0/24", isPublic: true),
        ]
        let privateSubnets = [
            subnet("PrivateSubnet1", zone: 0, cidr: "10.0.3.0/24", isPublic: false),
            subnet("PrivateSubnet2", zone: 1, cidr: "10.0.4.0/24", isPublic: false),
        ]

        let publicRoutes = stack.add("PublicRouteTable", EC2.RouteTable(vpcId: vpc.ref, tags: Tag.list(["Name": "\(name)-public"])))
        stack.add(
            "PublicDefaultRoute",
            EC2.Route(routeTableId: publicRoutes.ref, destinationCidrBlock: "0.0.0.0/0", gatewayId: gateway.ref),
            dependsOn: [attachment])
        for (index, subnet) in publicSubnets.enumerated() {
            stack.add(
                "PublicSubnet\(index + 1)RouteTableAssociation",
                EC2.SubnetRouteTableAssociation(routeTableId: publicRoutes.ref, subnetId: subnet.ref))
        }
        // One NAT gateway per zone, so a zone outage does not cut the other zone off.
        for (index, subnet) in privateSubnets.enumerated() {
            let zone = index + 1
            let address = stack.add(
                "NatEip\(zone)", EC2.EIP(domain: "vpc", tags: Tag.list(["Name": .init("\(name)-nat-\(zone)")])),
                dependsOn: [attachment])
            let nat = stack.add(
                "NatGateway\(zone)",
                EC2.NatGateway(
                    allocationId: address.allocationId, subnetId: publicSubnets[index].ref,
                    tags: Tag.list(["Name": .init("\(name)-nat-\(zone)")])))
            let routes = stack.add(
                "PrivateRouteTable\(zone)", EC2.RouteTable(vpcId: vpc.ref, tags: Tag.list(["Name": .init("\(name)-private-\(zone)")])))
            stack.add(
                "PrivateDefaultRoute\(zone)", EC2.Route(routeTableId: routes.ref, destinationCidrBlock: "0.0.0.0/0", natGatewayId: nat.ref))
            stack.add(
                "PrivateSubnet\(zone)RouteTableAssociation", EC2.SubnetRouteTableAssociation(routeTableId: routes.ref, subnetId: subnet.ref))
        }

        let flowLogs = stack.add(
            "VpcFlowLogGroup", Logs.LogGroup(logGroupName: "/aws/vpc/flowlogs/\(name)", retentionInDays: 30))
        let flowLogRole = stack.add(
            "VpcFlowLogRole",
            IAM.Role(
                assumeRolePolicyDocument: IAM.PolicyDocument(.assumeRole(by: .service("vpc-flow-logs.amazonaws.com"))),
                policies: [
                    .init(
                        policyDocument: IAM.PolicyDocument(
                            .allow(
                                ["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogGroups", "logs:DescribeLogStreams"],
                                on: [flowLogs.arn])),
                        policyName: "vpc-flow-log")
                ]))
        stack.add(
            "VpcFlowLog",
            EC2.FlowLog(
                resourceId: vpc.ref, resourceType: .vpc, deliverLogsPermissionArn: flowLogRole.arn,
                logDestination: flowLogs.arn, logDestinationType: .cloudWatchLogs, trafficType: .all))

        func group(_ id: String, _ description: String, ingress: [EC2.SecurityGroup.Ingress] = []) -> Resource<EC2.SecurityGroup> {
            stack.add(
                id,
                EC2.SecurityGroup(
                    groupDescription: .init(description),
                    securityGroupEgress: [.init(ipProtocol: "-1", cidrIp: "0.0.0.0/0", description: "All outbound")],
                    securityGroupIngress: ingress.isEmpty ? nil : PropertyList(ingress),
                    vpcId: vpc.ref))
        }
        let clusterGroup = group("EksClusterSecurityGroup", "EKS control plane")
        let nodesGroup = group("EksNodesSecurityGroup", "EKS worker nodes")
        let bastionGroup = group("BastionSecurityGroup", "Bastion host, reached through SSM only")
        let https = 443
        let openSearchGroup = group(
            "OpenSearchSecurityGroup", "OpenSearch domain",
            ingress: [.init(ipProtocol: "tcp", cidrIp: "10.0.0.0/16", description: "HTTPS from the VPC", fromPort: .init(https), toPort: .init(https))])
        let postgresGroup = group("PostgresSecurityGroup", "Aurora PostgreSQL")
        let redisGroup = group("RedisSecurityGroup", "ElastiCache Redis rate limiting")

        // security_group_rule.* of eks.tf and postgres.tf: who may reach whom.
        let rules: [(String, Resource<EC2.SecurityGroup>, Resource<EC2.SecurityGroup>, String, Int, Int, String)] = [
            ("NodesToClusterIngress", clusterGroup, nodesGroup, "tcp", 443, 443, "Nodes to the API server"),
            ("ClusterToNodesIngress", nodesGroup, clusterGroup, "tcp", 1025, 65535, "Control plane to nodes"),
            ("ClusterToNodesKubeletIngress", nodesGroup, clusterGroup, "tcp", 10250, 10250, "Control plane to kubelets"),
            ("NodesInternalIngress", nodesGroup, nodesGroup, "-1", 0, 65535, "Node to node"),
            ("BastionToClusterIngress", clusterGroup, bastionGroup, "tcp", 443, 443, "Bastion to the API server"),
            ("PostgresFromNodesIngress", postgresGroup, nodesGroup, "tcp", 5432, 5432, "EKS nodes to PostgreSQL"),
            ("PostgresFromBastionIngress", postgresGroup, bastionGroup, "tcp", 5432, 5432, "Bastion to PostgreSQL"),
            ("RedisFromNodesIngress", redisGroup, nodesGroup, "tcp", 6379, 6379, "EKS nodes to Redis"),
            ("RedisFromBastionIngress", redisGroup, bastionGroup, "tcp", 6379, 6379, "Bastion to Redis"),
        ]
        for (id, target, source, proto, from, to, description) in rules {
            stack.add(
                id,
                EC2.SecurityGroupIngress(
                    ipProtocol: .init(proto), description: .init(description), fromPort: proto == "-1" ? nil : .init(from),
                    groupId: target.groupId, sourceSecurityGroupId: source.groupId, toPort: proto == "-1" ? nil : .init(to)))
        }
        // aws_default_security_group.default (which empties the default group's rules) has no
        // CloudFormation resource; the default group keeps its AWS defaults.
        stack.output("VpcId", vpc.ref)
        self.stack = stack
        (self.vpc, self.publicSubnets, self.privateSubnets) = (vpc, publicSubnets, privateSubnets)
        (self.clusterGroup, self.nodesGroup, self.bastionGroup) = (clusterGroup, nodesGroup, bastionGroup)
        (self.postgresGroup, self.redisGroup, self.openSearchGroup) = (postgresGroup, redisGroup, openSearchGroup)
    }
}
