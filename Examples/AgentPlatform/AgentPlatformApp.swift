import StackgenCatalogSupport

/// Seed 004, the agentic platform on EKS: a single Terraform root module
/// (`aws-samples/sample-agentic-platform` @ 7f00005) split here into CloudFormation stacks
/// along its layers. Values cross the layers as typed handles, so the split's edges are
/// checked and ordered by stackgen rather than kept in one Terraform state.
public enum AgentPlatformApp {
    static let name = "agent-platform"
    /// `var.aws_region`'s default.
    static let region: Region = .usWest2

    public static var app: App {
        var app = App(
            name, description: "Agentic platform on EKS: the Terraform root module as layered CloudFormation stacks.",
            region: region)
        let network = AgentPlatformNetwork()
        let identity = AgentPlatformIdentity()
        let web = AgentPlatformWebHosting()
        let data = AgentPlatformDataStores(network: network)
        let observability = AgentPlatformObservability(network: network)
        let eks = AgentPlatformEKS(network: network)
        let workloads = AgentPlatformWorkloadRoles(eks: eks, data: data, observability: observability)
        let bastion = AgentPlatformBastion(network: network, eks: eks, data: data)
        app.add([
            network.stack, identity.stack, web.stack, data.stack, observability.stack, eks.stack, workloads.stack, bastion.stack,
        ])
        return app
    }
}
