/// The resources SAM's transform adds for declared `AWS::Serverless::*` resources, read from
/// aws-sam-translator 1.115.0 (the version cfn-lint 1.58.0 installs). Each rule names the
/// file and line of `samtranslator/` it follows. Where SAM appends a content hash the name
/// is a prefix (`SAMGeneratedResource.Match.prefix`). Resources SAM adds only for settings
/// these rules cannot see (authorizer permissions, usage plans, custom-domain records,
/// AppSync data sources) are not listed.
public enum SAMFacts {
    /// Everything SAM's transform adds for `resource`, sorted by name; empty for a type
    /// that is not SAM's or that SAM only rewrites in place (`SimpleTable`, `Application`).
    public static func generatedResources(of resource: SAMResource) -> [SAMGeneratedResource] {
        var rules = SAMRules(resource)
        switch resource.type {
        case "AWS::Serverless::Function": rules.function()
        case "AWS::Serverless::StateMachine": rules.stateMachine()
        case "AWS::Serverless::Api": rules.restApi()
        case "AWS::Serverless::HttpApi": rules.httpApi()
        case "AWS::Serverless::LayerVersion":
            // sam_resources.py:2877: the layer's own logical id gets a content hash appended.
            rules.add(resource.logicalID, .prefix, type: "AWS::Lambda::LayerVersion")
        case "AWS::Serverless::Connector": rules.connector()
        case "AWS::Serverless::GraphQLApi": rules.graphQLApi()
        case "AWS::Serverless::WebFunction": rules.webFunction()
        case "AWS::Serverless::CapacityProvider":
            // capacity_provider/generators.py:202
            rules.roleUnless("OperatorRole", suffix: "OperatorRole")
        case "AWS::Serverless::NetworkConnector":
            // network_connector/generators.py:87
            rules.roleUnless("OperatorRole", suffix: "OperatorRole")
        case "AWS::Serverless::MicrovmImage":
            // microvm_image/generators.py:110
            rules.roleUnless("BuildRoleArn", suffix: "BuildRole")
        default: break
        }
        return rules.result.sorted()
    }

    /// The logical ids (or their prefixes, for hashed ones) SAM adds for `resource`:
    /// `<Function>Role`, `<Function><Event>Permission`, `<Api><Stage>Stage`,
    /// `<Api>Deployment` (a prefix), `ServerlessRestApi`, `ServerlessHttpApi`, …
    public static func generatedResourceNames(of resource: SAMResource) -> [String] {
        generatedResources(of: resource).map(\.name)
    }

    /// The names SAM resolves after a SAM resource's id (`${MyApi.Stage}`, `MyFunction.Alias`)
    /// to a resource it generates ("referable properties", docs/2016-10-31.md of
    /// serverless-application-model, and samtranslator's `SupportedResourceReferences`).
    /// They read like attributes but are not in any schema.
    public static func referableProperties(of type: String) -> Set<String> {
        switch type {
        case "AWS::Serverless::Function": ["Alias", "Version", "DestinationTopic", "DestinationQueue"]
        case "AWS::Serverless::Api": ["Stage", "Deployment", "DomainName", "UsagePlan", "UsagePlanKey", "ApiKey"]
        case "AWS::Serverless::HttpApi": ["Stage", "DomainName"]
        default: []
        }
    }

    /// The capability the transformed resource needs: SAM's own IAM roles and policies ask
    /// for `.iam` (it never names them).
    public static func requiredCapability(of resource: SAMResource) -> Capability? {
        generatedResources(of: resource).compactMap { ResourceFacts.type($0.type)?.requiredCapability }.max()
    }
}
