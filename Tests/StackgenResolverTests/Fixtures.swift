import StackgenTestSupport
import StackgenCore
@testable import StackgenResolver

/// Lowers and resolves an app, returning the result and every diagnostic as printed.
func resolve(_ app: App) -> (ResolvedApp?, [String]) {
    var diagnostics = Diagnostics()
    guard let model = Lowering.lower(app, into: &diagnostics) else {
        return (nil, diagnostics.sorted.map(\.description))
    }
    let resolved = Resolver.resolve(model, into: &diagnostics)
    return (resolved, diagnostics.sorted.map(\.description))
}

let topic = GenericResource("AWS::SNS::Topic")

func queue(using value: Value<String>) -> GenericResource {
    GenericResource("AWS::SQS::Queue", properties: ["QueueName": value.expression])
}
