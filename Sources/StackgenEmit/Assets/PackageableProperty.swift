/// A resource property that may name a local file or folder, which `aws cloudformation
/// package` uploads and replaces with its S3 location before CloudFormation sees the
/// template. The list is the AWS CLI's own (`RESOURCES_EXPORT_LIST` in
/// awscli/customizations/cloudformation/artifact_exporter.py), so whatever stackgen lists
/// as an asset is exactly what the CLI's `package` step uploads.
public struct PackageableProperty: Sendable, Hashable {
    public let resourceType: String
    /// Dotted for nested properties (`Command.ScriptLocation`).
    public let property: String

    public var components: [String] { property.split(separator: ".").map(String.init) }

    public static let all: [PackageableProperty] = [
        .init("AWS::Serverless::Function", "CodeUri"),
        .init("AWS::Serverless::Api", "DefinitionUri"),
        .init("AWS::AppSync::GraphQLSchema", "DefinitionS3Location"),
        .init("AWS::AppSync::Resolver", "RequestMappingTemplateS3Location"),
        .init("AWS::AppSync::Resolver", "ResponseMappingTemplateS3Location"),
        .init("AWS::AppSync::FunctionConfiguration", "RequestMappingTemplateS3Location"),
        .init("AWS::AppSync::FunctionConfiguration", "ResponseMappingTemplateS3Location"),
        .init("AWS::ApiGateway::RestApi", "BodyS3Location"),
        .init("AWS::Lambda::Function", "Code"),
        .init("AWS::ElasticBeanstalk::ApplicationVersion", "SourceBundle"),
        .init("AWS::CloudFormation::Stack", "TemplateURL"),
        .init("AWS::Serverless::Application", "Location"),
        .init("AWS::Serverless::LayerVersion", "ContentUri"),
        .init("AWS::Lambda::LayerVersion", "Content"),
        .init("AWS::Glue::Job", "Command.ScriptLocation"),
        .init("AWS::StepFunctions::StateMachine", "DefinitionS3Location"),
        .init("AWS::Serverless::StateMachine", "DefinitionUri"),
        .init("AWS::CodeCommit::Repository", "Code.S3"),
    ]

    /// `Fn::Transform` of `AWS::Include` anywhere in a template: its `Location`.
    public static let include = PackageableProperty("AWS::Include", "Location")

    static let byType: [String: [PackageableProperty]] = Dictionary(grouping: all, by: \.resourceType)

    init(_ resourceType: String, _ property: String) {
        self.resourceType = resourceType
        self.property = property
    }

    /// A string the CLI would package: not an S3 or web address. Intrinsics are never local.
    public static func isLocalPath(_ text: String) -> Bool {
        !text.isEmpty && !text.hasPrefix("s3://") && !text.hasPrefix("https://") && !text.hasPrefix("http://")
    }
}
