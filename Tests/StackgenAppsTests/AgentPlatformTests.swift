import AgentPlatformStacks
import StackgenCore
import Testing

/// Seed 004: one Terraform state as eight layered stacks in us-west-2, whose edges come
/// from the values the layers share.
@Suite struct AgentPlatformTests {
    let app: ExampleApp

    init() throws {
        app = try ExampleApp(AgentPlatformApp.app)
    }

    @Test func goldens() {
        AppGolden.check(AgentPlatformApp.app)
    }

    @Test func layersAsStacksInUSWest2() {
        #expect(app.stackNames == [
            "agent-platform-network", "agent-platform-identity", "agent-platform-web", "agent-platform-data",
            "agent-platform-observability", "agent-platform-eks", "agent-platform-workload-roles", "agent-platform-bastion",
        ])
        #expect(app.resolved.stacks.allSatisfy { $0.region == "us-west-2" })
        #expect(app.warnings.isEmpty)
    }

    @Test func edgesFollowTheSharedValues() {
        #expect(app.edges == [
            "agent-platform-data → agent-platform-bastion",
            "agent-platform-data → agent-platform-workload-roles",
            "agent-platform-eks → agent-platform-bastion",
            "agent-platform-eks → agent-platform-workload-roles",
            "agent-platform-network → agent-platform-bastion",
            "agent-platform-network → agent-platform-data",
            "agent-platform-network → agent-platform-eks",
            "agent-platform-network → agent-platform-observability",
            "agent-platform-observability → agent-platform-workload-roles",
        ])
        #expect(app.reasons("agent-platform-eks", "agent-platform-workload-roles") == [
            "agent-platform-eks.EksCluster.OpenIdConnectIssuerUrl", "agent-platform-eks.EksOidcProvider.Arn",
        ])
        #expect(app.plan.waves == [
            ["agent-platform-identity", "agent-platform-network", "agent-platform-web"],
            ["agent-platform-data", "agent-platform-eks", "agent-platform-observability"],
            ["agent-platform-bastion", "agent-platform-workload-roles"],
        ])
    }

    @Test func networkHasTwoZonesWithNatGatewaysAndFlowLogs() throws {
        let types = try app.resources("agent-platform-network").values.compactMap { $0["Type"] as? String }
        #expect(types.filter { $0 == "AWS::EC2::Subnet" }.count == 4)
        #expect(types.filter { $0 == "AWS::EC2::NatGateway" }.count == 2)
        #expect(types.contains("AWS::EC2::FlowLog"))
        #expect(try app.properties("agent-platform-network", "Vpc")["CidrBlock"] as? String == "10.0.0.0/16")
    }

    @Test func clusterNodesAndAddOns() throws {
        let cluster = try app.properties("agent-platform-eks", "EksCluster")
        #expect(cluster["Version"] as? String == "1.32")
        let vpc = cluster["ResourcesVpcConfig"] as? [String: Any]
        #expect(vpc?["EndpointPublicAccess"] as? Bool == false)
        let scaling = try app.properties("agent-platform-eks", "EksNodeGroup")["ScalingConfig"] as? [String: Int]
        #expect(scaling == ["DesiredSize": 4, "MinSize": 2, "MaxSize": 6])
        let addons = try app.resources("agent-platform-eks").values
            .filter { $0["Type"] as? String == "AWS::EKS::Addon" }
            .compactMap { ($0["Properties"] as? [String: Any])?["AddonName"] as? String }
        #expect(addons.sorted() == ["adot", "aws-ebs-csi-driver", "cert-manager", "coredns", "kube-proxy", "vpc-cni"])
    }

    @Test func secretsTheCloudFormationWay() throws {
        let postgres = try app.properties("agent-platform-data", "PostgresCluster")
        #expect(postgres["ManageMasterUserPassword"] as? Bool == true)
        #expect(postgres["EngineVersion"] as? String == "16.6")
        #expect(postgres["EnableIAMDatabaseAuthentication"] as? Bool == true)
        let token = try app.properties("agent-platform-data", "RedisReplicationGroup")["AuthToken"] as? [String: String]
        #expect(token == ["Fn::Sub": "{{resolve:secretsmanager:${RedisAuthSecret}:SecretString:token}}"])
        let instance = try app.properties("agent-platform-bastion", "BastionInstance")
        #expect((instance["MetadataOptions"] as? [String: Any])?["HttpTokens"] as? String == "required")
        #expect(instance["InstanceType"] as? String == "t3.large")
    }

    @Test func identityHasResourceServerAndMachineClient() throws {
        let m2m = try app.properties("agent-platform-identity", "M2MClient")
        #expect(m2m["AllowedOAuthFlows"] as? [String] == ["client_credentials"])
        #expect(m2m["GenerateSecret"] as? Bool == true)
        #expect(try app.properties("agent-platform-identity", "ApiResourceServer")["Identifier"] as? String == "api")
        let origin = try app.properties("agent-platform-web", "SpaWebsiteDistribution")["DistributionConfig"] as? [String: Any]
        let origins = origin?["Origins"] as? [[String: Any]]
        #expect(origins?.first?["OriginAccessControlId"] != nil)
    }
}
