import StackgenResources

/// The 'agent-platform' app; its stacks are added as they are modelled.
public enum AgentPlatformApp {
    public static var app: App {
        App("agent-platform", region: "us-west-2")
    }
}
