// Imported by `stackgen import`; edit freely.
import StackgenCore

/// The `bartender` app: its stacks in an order where every producer comes before its consumers.
public enum BartenderApp {
    public static var app: App {
        var app = App("bartender", region: .euWest1)
        _ = app.externalExport("ai-bartender-hosting-ssl:certificate-arn")
        let appsyncStack = AppsyncStack.make()
        app.add(appsyncStack.stack)
        let authStack = AuthStack.make()
        app.add(authStack.stack)
        let datastoreStack = DatastoreStack.make()
        app.add(datastoreStack.stack)
        let hostingStack = HostingStack.make()
        app.add(hostingStack.stack)
        let hostingSslStack = HostingSslStack.make()
        app.add(hostingSslStack.stack)
        let apiStack = ApiStack.make(appsyncStack: appsyncStack.outputs, datastoreStack: datastoreStack.outputs, hostingStack: hostingStack.outputs)
        app.add(apiStack.stack)
        let imageProcessingStack = ImageProcessingStack.make(datastoreStack: datastoreStack.outputs)
        app.add(imageProcessingStack.stack)
        return app
    }
}
