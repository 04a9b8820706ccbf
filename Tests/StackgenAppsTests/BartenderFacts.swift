// The facts about the real AI Bartender system (../shared/seed-systems.json, section 000:
// JimmyDqv/serverless-handbook, Solutions/ai-bartender-agent/aws/ at 09942fe), as the
// tests compare the model against them.

enum BartenderFacts {
    /// Stack name, region, and every authored resource as `LogicalId: Type`, in template order.
    static let stacks: KeyValuePairs<String, (region: String, resources: KeyValuePairs<String, String>)> = [
        "ai-bartender-hosting-ssl": (
            "us-east-1",
            [
                "SSLCertificate": "AWS::CertificateManager::Certificate"
            ]
        ),
        "ai-bartender-datastore": (
            "eu-west-1",
            [
                "DSQLCluster": "AWS::DSQL::Cluster",
                "DataWriterRole": "AWS::IAM::Role",
                "DataReaderRole": "AWS::IAM::Role",
            ]
        ),
        "ai-bartender-auth": (
            "eu-west-1",
            [
                "AiBartenderUserPool": "AWS::Cognito::UserPool",
                "AiBartenderUserPoolClient": "AWS::Cognito::UserPoolClient",
                "AdminUserGroup": "AWS::Cognito::UserPoolGroup",
                "HostedUserPoolDomain": "AWS::Cognito::UserPoolDomain",
                "ManagedLoginStyle": "AWS::Cognito::ManagedLoginBranding",
                "UserPoolEndpointParameter": "AWS::SSM::Parameter",
                "UserPoolIdParameter": "AWS::SSM::Parameter",
                "UserPoolHostedUiParameter": "AWS::SSM::Parameter",
                "ContentRootParameter": "AWS::SSM::Parameter",
            ]
        ),
        "ai-bartender-eventbus": (
            "eu-west-1",
            [
                "AiBartenderEventBus": "AWS::Events::EventBus"
            ]
        ),
        "ai-bartender-events": (
            "eu-west-1",
            [
                "OrderEventsApi": "AWS::AppSync::Api",
                "OrderEventsApiKey": "AWS::AppSync::ApiKey",
                "OrdersChannelNamespace": "AWS::AppSync::ChannelNamespace",
            ]
        ),
        "ai-bartender-hosting": (
            "eu-west-1",
            [
                "FrontendBucket": "AWS::S3::Bucket",
                "ImagesBucket": "AWS::S3::Bucket",
                "FrontendOriginAccessControl": "AWS::CloudFront::OriginAccessControl",
                "ImagesOriginAccessControl": "AWS::CloudFront::OriginAccessControl",
                "MainCDN": "AWS::CloudFront::Distribution",
                "FrontendBucketPolicy": "AWS::S3::BucketPolicy",
                "ImagesBucketPolicy": "AWS::S3::BucketPolicy",
                "DNSRecord": "AWS::Route53::RecordSet",
            ]
        ),
        "ai-bartender-api": (
            "eu-west-1",
            [
                "SharedLayer": "AWS::Serverless::LayerVersion",
                "ApiSSLCertificate": "AWS::CertificateManager::Certificate",
                "JWTAuthorizerFunction": "AWS::Serverless::Function",
                "UserAuthorizerFunction": "AWS::Serverless::Function",
                "RegistrationAuthorizerFunction": "AWS::Serverless::Function",
                "AiBartenderApi": "AWS::Serverless::Api",
                "ApiDomainNameResource": "AWS::ApiGateway::DomainName",
                "ApiBasePathMapping": "AWS::ApiGateway::BasePathMapping",
                "ApiDnsRecord": "AWS::Route53::RecordSet",
                "AuthorizerInvokeRole": "AWS::IAM::Role",
                "JWTKeysSecret": "AWS::SecretsManager::Secret",
                "PublicApiKey": "AWS::ApiGateway::ApiKey",
                "AdminApiKey": "AWS::ApiGateway::ApiKey",
                "PublicUsagePlan": "AWS::ApiGateway::UsagePlan",
                "AdminUsagePlan": "AWS::ApiGateway::UsagePlan",
                "PublicUsagePlanKey": "AWS::ApiGateway::UsagePlanKey",
                "AdminUsagePlanKey": "AWS::ApiGateway::UsagePlanKey",
                "McpToolsApiKey": "AWS::ApiGateway::ApiKey",
                "McpToolsUsagePlan": "AWS::ApiGateway::UsagePlan",
                "McpToolsUsagePlanKey": "AWS::ApiGateway::UsagePlanKey",
                "McpToolsApiKeySecret": "AWS::SecretsManager::Secret",
                "CorsOptionsFunction": "AWS::Serverless::Function",
                "GetSectionsFunction": "AWS::Serverless::Function",
                "GetDrinksFunction": "AWS::Serverless::Function",
                "GetDrinkByIdFunction": "AWS::Serverless::Function",
                "CreateOrderFunction": "AWS::Serverless::Function",
                "GetOrderStatusFunction": "AWS::Serverless::Function",
                "GetMyOrdersFunction": "AWS::Serverless::Function",
                "RegisterFunction": "AWS::Serverless::Function",
                "RefreshTokenFunction": "AWS::Serverless::Function",
                "GetAllOrdersFunction": "AWS::Serverless::Function",
                "UpdateOrderStatusFunction": "AWS::Serverless::Function",
                "CreateDrinkFunction": "AWS::Serverless::Function",
                "UpdateDrinkFunction": "AWS::Serverless::Function",
                "DeleteDrinkFunction": "AWS::Serverless::Function",
                "GetAllDrinksAdminFunction": "AWS::Serverless::Function",
                "AdminGetSectionsFunction": "AWS::Serverless::Function",
                "CreateSectionFunction": "AWS::Serverless::Function",
                "UpdateSectionFunction": "AWS::Serverless::Function",
                "DeleteSectionFunction": "AWS::Serverless::Function",
                "CreateRegistrationCodeFunction": "AWS::Serverless::Function",
                "GetRegistrationCodesFunction": "AWS::Serverless::Function",
                "DeleteRegistrationCodeFunction": "AWS::Serverless::Function",
                "GeneratePresignedUrlFunction": "AWS::Serverless::Function",
            ]
        ),
        "ai-bartender-agentcore": (
            "eu-west-1",
            [
                "McpToolsFunction": "AWS::Serverless::Function",
                "BartenderMemory": "AWS::BedrockAgentCore::Memory",
                "AgentCoreGatewayRole": "AWS::IAM::Role",
                "GatewayLogGroup": "AWS::Logs::LogGroup",
                "BartenderGateway": "AWS::BedrockAgentCore::Gateway",
                "DrinksToolsTarget": "AWS::BedrockAgentCore::GatewayTarget",
                "GatewayLogDeliverySource": "AWS::Logs::DeliverySource",
                "GatewayLogDeliveryDestination": "AWS::Logs::DeliveryDestination",
                "GatewayLogDelivery": "AWS::Logs::Delivery",
            ]
        ),
        "ai-bartender-chat-api": (
            "eu-west-1",
            [
                "ChatApiSSLCertificate": "AWS::CertificateManager::Certificate",
                "ChatStreamingFunction": "AWS::Serverless::Function",
                "ChatSyncFunction": "AWS::Serverless::Function",
                "ChatApi": "AWS::Serverless::Api",
                "ChatApiLambdaPermission": "AWS::Lambda::Permission",
                "ChatSyncApiLambdaPermission": "AWS::Lambda::Permission",
                "ChatApiDomainNameResource": "AWS::ApiGateway::DomainName",
                "ChatApiBasePathMapping": "AWS::ApiGateway::BasePathMapping",
                "ChatApiDnsRecord": "AWS::Route53::RecordSet",
                "ChatApiKey": "AWS::ApiGateway::ApiKey",
                "ChatApiUsagePlan": "AWS::ApiGateway::UsagePlan",
                "ChatApiUsagePlanKey": "AWS::ApiGateway::UsagePlanKey",
            ]
        ),
        "ai-bartender-image-generation": (
            "eu-west-1",
            [
                "ImagePromptsBucket": "AWS::S3::Bucket",
                "GenerateImagePromptFunction": "AWS::Serverless::Function",
                "DrinkCreatedRule": "AWS::Events::Rule",
                "GenerateImagePromptPermission": "AWS::Lambda::Permission",
            ]
        ),
        "ai-bartender-image-processing": (
            "eu-west-1",
            [
                "ProcessImageEventRule": "AWS::Events::Rule",
                "ProcessImageFunctionPermission": "AWS::Lambda::Permission",
                "ProcessImageFunction": "AWS::Serverless::Function",
            ]
        ),
    ]

    /// Every export name the deployed stacks create, per stack.
    static let exports: [String: Set<String>] = [
        "ai-bartender-hosting-ssl": ["ai-bartender-hosting-ssl:certificate-arn"],
        "ai-bartender-datastore": [
            "ai-bartender-datastore:dsql-cluster-identifier", "ai-bartender-datastore:dsql-cluster-endpoint",
            "ai-bartender-datastore:dsql-data-writer-role-arn", "ai-bartender-datastore:dsql-data-reader-role-arn",
            "ai-bartender-datastore:dsql-db-reader-user", "ai-bartender-datastore:dsql-db-writer-user",
        ],
        "ai-bartender-auth": ["ai-bartender-auth-UserPoolId", "ai-bartender-auth-UserPoolClientId", "ai-bartender-auth-UserPoolArn"],
        "ai-bartender-eventbus": ["ai-bartender-eventbus:event-bus-name", "ai-bartender-eventbus:event-bus-arn"],
        "ai-bartender-events": [
            "ai-bartender-events:api-id", "ai-bartender-events:api-dns", "ai-bartender-events:api-realtime-dns",
            "ai-bartender-events:api-key-id", "ai-bartender-events:api-key",
        ],
        "ai-bartender-hosting": [
            "ai-bartender-hosting:frontend-bucket-name", "ai-bartender-hosting:images-bucket-name",
            "ai-bartender-hosting:images-bucket-arn", "ai-bartender-hosting:cdn-domain-name", "ai-bartender-hosting:cdn-distribution-id",
            "ai-bartender-hosting:custom-domain-name", "ai-bartender-hosting:cloudfront-domain",
        ],
        "ai-bartender-api": [
            "ai-bartender-api-ApiUrl", "ai-bartender-api-ApiCustomDomainUrl", "ai-bartender-api-ApiId", "ai-bartender-api-PublicApiKey",
            "ai-bartender-api-AdminApiKey", "ai-bartender-api-PublicUsagePlanId", "ai-bartender-api-AdminUsagePlanId",
            "ai-bartender-api-McpToolsApiKeySecretArn", "ai-bartender-api-McpToolsApiKeySecretName",
        ],
        "ai-bartender-agentcore": [
            "ai-bartender-agentcore:gateway-arn", "ai-bartender-agentcore:gateway-url", "ai-bartender-agentcore:gateway-id",
            "ai-bartender-agentcore:memory-id", "ai-bartender-agentcore:memory-arn", "ai-bartender-agentcore:mcp-tools-lambda-arn",
            "ai-bartender-agentcore:gateway-log-group-name", "ai-bartender-agentcore:gateway-log-group-arn",
        ],
        "ai-bartender-chat-api": [
            "ai-bartender-chat-api:streaming-api-url", "ai-bartender-chat-api:sync-api-url",
            "ai-bartender-chat-api:streaming-custom-domain-url", "ai-bartender-chat-api:sync-custom-domain-url",
            "ai-bartender-chat-api:api-key-id",
        ],
        "ai-bartender-image-generation": [
            "ai-bartender-image-generation:image-prompts-bucket-name", "ai-bartender-image-generation:image-prompts-bucket-arn",
            "ai-bartender-image-generation:generate-image-prompt-function-arn",
        ],
        "ai-bartender-image-processing": [],
    ]

    /// The 24 `Fn::ImportValue` edges: (producer, export, consumer).
    static let importEdges: [Edge] = [
        Edge("ai-bartender-datastore", "ai-bartender-datastore:dsql-cluster-endpoint", "ai-bartender-api"),
        Edge("ai-bartender-datastore", "ai-bartender-datastore:dsql-data-reader-role-arn", "ai-bartender-api"),
        Edge("ai-bartender-datastore", "ai-bartender-datastore:dsql-data-writer-role-arn", "ai-bartender-api"),
        Edge("ai-bartender-datastore", "ai-bartender-datastore:dsql-db-reader-user", "ai-bartender-api"),
        Edge("ai-bartender-datastore", "ai-bartender-datastore:dsql-db-writer-user", "ai-bartender-api"),
        Edge("ai-bartender-eventbus", "ai-bartender-eventbus:event-bus-arn", "ai-bartender-api"),
        Edge("ai-bartender-eventbus", "ai-bartender-eventbus:event-bus-name", "ai-bartender-api"),
        Edge("ai-bartender-events", "ai-bartender-events:api-dns", "ai-bartender-api"),
        Edge("ai-bartender-events", "ai-bartender-events:api-key", "ai-bartender-api"),
        Edge("ai-bartender-hosting", "ai-bartender-hosting:images-bucket-arn", "ai-bartender-api"),
        Edge("ai-bartender-hosting", "ai-bartender-hosting:images-bucket-name", "ai-bartender-api"),
        Edge("ai-bartender-datastore", "ai-bartender-datastore:dsql-cluster-endpoint", "ai-bartender-agentcore"),
        Edge("ai-bartender-datastore", "ai-bartender-datastore:dsql-cluster-identifier", "ai-bartender-agentcore"),
        Edge("ai-bartender-datastore", "ai-bartender-datastore:dsql-data-reader-role-arn", "ai-bartender-agentcore"),
        Edge("ai-bartender-datastore", "ai-bartender-datastore:dsql-db-reader-user", "ai-bartender-agentcore"),
        Edge("ai-bartender-agentcore", "ai-bartender-agentcore:gateway-arn", "ai-bartender-chat-api"),
        Edge("ai-bartender-agentcore", "ai-bartender-agentcore:gateway-url", "ai-bartender-chat-api"),
        Edge("ai-bartender-agentcore", "ai-bartender-agentcore:memory-id", "ai-bartender-chat-api"),
        Edge("ai-bartender-eventbus", "ai-bartender-eventbus:event-bus-name", "ai-bartender-image-generation"),
        Edge("ai-bartender-datastore", "ai-bartender-datastore:dsql-cluster-endpoint", "ai-bartender-image-processing"),
        Edge("ai-bartender-datastore", "ai-bartender-datastore:dsql-data-writer-role-arn", "ai-bartender-image-processing"),
        Edge("ai-bartender-datastore", "ai-bartender-datastore:dsql-db-writer-user", "ai-bartender-image-processing"),
        Edge("ai-bartender-hosting", "ai-bartender-hosting:cloudfront-domain", "ai-bartender-image-processing"),
        Edge("ai-bartender-hosting", "ai-bartender-hosting:images-bucket-name", "ai-bartender-image-processing"),
    ]

    /// Exports that no stack of the real system imports.
    static let exportsNeverImported: Set<String> = [
        "ai-bartender-agentcore:gateway-id",
        "ai-bartender-agentcore:gateway-log-group-arn",
        "ai-bartender-agentcore:gateway-log-group-name",
        "ai-bartender-agentcore:mcp-tools-lambda-arn",
        "ai-bartender-agentcore:memory-arn",
        "ai-bartender-api-AdminApiKey",
        "ai-bartender-api-AdminUsagePlanId",
        "ai-bartender-api-ApiCustomDomainUrl",
        "ai-bartender-api-ApiId",
        "ai-bartender-api-ApiUrl",
        "ai-bartender-api-McpToolsApiKeySecretArn",
        "ai-bartender-api-McpToolsApiKeySecretName",
        "ai-bartender-api-PublicApiKey",
        "ai-bartender-api-PublicUsagePlanId",
        "ai-bartender-auth-UserPoolArn",
        "ai-bartender-auth-UserPoolClientId",
        "ai-bartender-auth-UserPoolId",
        "ai-bartender-chat-api:api-key-id",
        "ai-bartender-chat-api:streaming-api-url",
        "ai-bartender-chat-api:streaming-custom-domain-url",
        "ai-bartender-chat-api:sync-api-url",
        "ai-bartender-chat-api:sync-custom-domain-url",
        "ai-bartender-events:api-id",
        "ai-bartender-events:api-key-id",
        "ai-bartender-events:api-realtime-dns",
        "ai-bartender-hosting-ssl:certificate-arn",
        "ai-bartender-hosting:cdn-distribution-id",
        "ai-bartender-hosting:cdn-domain-name",
        "ai-bartender-hosting:custom-domain-name",
        "ai-bartender-hosting:frontend-bucket-name",
        "ai-bartender-image-generation:generate-image-prompt-function-arn",
        "ai-bartender-image-generation:image-prompts-bucket-arn",
        "ai-bartender-image-generation:image-prompts-bucket-name",
    ]

    struct Edge: Hashable, CustomStringConvertible {
        let producer: String
        let export: String
        let consumer: String

        init(_ producer: String, _ export: String, _ consumer: String) {
            self.producer = producer
            self.export = export
            self.consumer = consumer
        }

        var description: String { "\(producer) --\(export)--> \(consumer)" }
    }
}
