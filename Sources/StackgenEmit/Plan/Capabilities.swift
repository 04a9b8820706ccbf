import StackgenCore
import StackgenFacts
import StackgenResolver

/// The `--capabilities` a template needs, read from what it declares.
enum Capabilities {
    static func required(by resources: [ResourceDeclaration], transforms: [String]) -> [String] {
        var needed: Capability?
        var facts = FactsCache()
        for resource in resources {
            // A SAM resource needs what the resources its transform adds need (a function
            // without `Role` gets one).
            let capability =
                resource.type.hasPrefix("AWS::Serverless::")
                ? SAMFacts.requiredCapability(of: SAMResource(resource))
                : facts.type(resource.type)?.requiredCapability(settingProperty: { resource.properties[$0] != nil })
            if let capability { needed = max(needed ?? capability, capability) }
        }
        var result: [String] = []
        if let needed { result.append(needed.rawValue) }
        if !transforms.isEmpty { result.append("CAPABILITY_AUTO_EXPAND") }
        return result
    }
}
