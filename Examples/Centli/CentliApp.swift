import StackgenResources

/// The 'centli' app; its stacks are added as they are modelled.
public enum CentliApp {
    public static var app: App {
        App("centli", region: "us-east-1")
    }
}
