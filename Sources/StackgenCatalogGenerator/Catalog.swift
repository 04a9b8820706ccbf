/// Which resource types the catalog covers, and the SAM `Globals` sections.
enum Catalog {
    /// AWS services whose every resource type is generated.
    static let services: [String] = [
        "ApiGateway", "ApiGatewayV2", "AppSync", "Backup", "Bedrock", "BedrockAgentCore",
        "CertificateManager", "CloudFront", "CloudWatch", "Cognito", "DSQL", "DynamoDB", "EC2",
        "EKS", "ElastiCache", "Events", "IAM", "KMS", "Lambda", "Logs", "OpenSearchService",
        "OpenSearchServerless", "RDS", "Route53", "S3", "SecretsManager", "SNS", "SQS", "SSM",
    ]

    /// The properties SAM accepts in each `Globals` section, as listed in
    /// `samtranslator/plugins/globals/globals.py` (`supported_properties`) of
    /// aws-sam-translator 1.115.0, the version cfn-lint 1.58.0 installs.
    static let globals: [String: [String]] = [
        "Function": [
            "Handler", "Runtime", "CodeUri", "DeadLetterQueue", "Description", "MemorySize", "Timeout",
            "VpcConfig", "Environment", "Tags", "PropagateTags", "Tracing", "KmsKeyArn", "AutoPublishAlias",
            "AutoPublishAliasAllProperties", "Layers", "DeploymentPreference", "RolePath",
            "PermissionsBoundary", "ReservedConcurrentExecutions", "ProvisionedConcurrencyConfig",
            "AssumeRolePolicyDocument", "EventInvokeConfig", "FileSystemConfigs", "CodeSigningConfigArn",
            "Architectures", "SnapStart", "EphemeralStorage", "FunctionUrlConfig",
            "RuntimeManagementConfig", "LoggingConfig", "RecursiveLoop", "SourceKMSKeyArn",
            "TenancyConfig", "DurableConfig", "CapacityProviderConfig", "FunctionScalingConfig",
            "PublishToLatestPublished", "VersionDeletionPolicy",
        ],
        "Api": [
            "Auth", "Name", "DefinitionUri", "CacheClusterEnabled", "CacheClusterSize", "MergeDefinitions",
            "Variables", "EndpointConfiguration", "MethodSettings", "BinaryMediaTypes",
            "MinimumCompressionSize", "Cors", "GatewayResponses", "AccessLogSetting", "CanarySetting",
            "TracingEnabled", "OpenApiVersion", "Domain", "AlwaysDeploy", "PropagateTags",
            "SecurityPolicy", "EndpointAccessMode",
        ],
        "HttpApi": [
            "Auth", "AccessLogSettings", "StageVariables", "Tags", "CorsConfiguration",
            "DefaultRouteSettings", "Domain", "RouteSettings", "FailOnWarnings", "PropagateTags",
        ],
        "SimpleTable": ["SSESpecification"],
        "StateMachine": ["PropagateTags"],
        "LayerVersion": ["PublishLambdaVersion"],
        "CapacityProvider": [
            "VpcConfig", "OperatorRole", "Tags", "InstanceRequirements", "ScalingConfig", "KmsKeyArn",
            "PropagateTags", "LoggingConfig", "ManagedResourceTags",
        ],
    ]
}
