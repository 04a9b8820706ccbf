import StackgenCore

/// The `--capabilities` a template needs, read from what it declares.
enum Capabilities {
    /// IAM types whose name property makes them "named" IAM resources.
    private static let namedIAMProperties: [String: String] = [
        "AWS::IAM::Role": "RoleName", "AWS::IAM::User": "UserName", "AWS::IAM::Group": "GroupName",
        "AWS::IAM::ManagedPolicy": "ManagedPolicyName", "AWS::IAM::InstanceProfile": "InstanceProfileName",
    ]

    static func required(by resources: [ResourceDeclaration], transforms: [String]) -> [String] {
        var iam = false
        var namedIAM = false
        for resource in resources {
            if resource.type.hasPrefix("AWS::IAM::") { iam = true }
            if let key = namedIAMProperties[resource.type], resource.properties[key] != nil { namedIAM = true }
            // SAM creates an execution role for a function or state machine without one.
            if ["AWS::Serverless::Function", "AWS::Serverless::StateMachine"].contains(resource.type),
                resource.properties["Role"] == nil
            {
                iam = true
            }
        }
        var result: [String] = []
        if iam || namedIAM { result.append(namedIAM ? "CAPABILITY_NAMED_IAM" : "CAPABILITY_IAM") }
        if !transforms.isEmpty { result.append("CAPABILITY_AUTO_EXPAND") }
        return result
    }
}
