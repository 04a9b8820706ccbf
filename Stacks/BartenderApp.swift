import StackgenResources

/// The 'ai-bartender' app; its stacks are added as they are modelled.
public enum BartenderApp {
    public static var app: App {
        App("ai-bartender", region: "eu-west-1")
    }
}
