import StackgenResources

/// The 'digital-twin' app; its stacks are added as they are modelled.
public enum DigitalTwinApp {
    public static var app: App {
        App("digital-twin", region: "us-east-1")
    }
}
