import StackgenResources

/// The 'petstore' app; its stacks are added as they are modelled.
public enum PetStoreApp {
    public static var app: App {
        App("petstore", region: "us-east-1")
    }
}
