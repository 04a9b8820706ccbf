import StackgenIAM
import StackgenSSM

/// `agent-platform-workload-roles` (irsa.tf, loadbalancer.tf, parameterstore.tf): the IAM
/// roles the platform's Kubernetes service accounts assume through the cluster's OIDC
/// provider, each scoped to the data stores it uses, and the platform configuration in
/// Parameter Store that External Secrets hands to the pods.
struct AgentPlatformWorkloadRoles {
    var stack = Stack(
        "agent-platform-workload-roles", region: AgentPlatformApp.region,
        description: "Agent platform IRSA roles for the gateways, OTel collector, External Secrets and the load balancer controller.")

    init(eks: AgentPlatformEKS, data: AgentPlatformDataStores, observability: AgentPlatformObservability) {
        let name = AgentPlatformApp.name
        let issuer = eks.cluster.openIdConnectIssuerUrl
        let provider = eks.oidcProvider.arn
        let bedrockModels: [Value<String>] = [
            "arn:\(AWS.partition):bedrock:\(AWS.region)::foundation-model/*",
            "arn:\(AWS.partition):bedrock:\(AWS.region):\(AWS.accountID):inference-profile/*",
        ]
        let config = stack.add(
            "PlatformConfigParameter",
            SSM.Parameter(
                type: .string,
                value: """
                    {"REDIS_HOST":"\(data.redis.primaryEndPointAddress)","REDIS_PASSWORD_SECRET_ARN":"\(data.redisAuthSecret.ref)",\
                    "PG_WRITER_ENDPOINT":"\(data.postgres.endpointAddress)","PG_READER_ENDPOINT":"\(data.postgres.readEndpointAddress)",\
                    "DYNAMODB_USAGE_PLANS_TABLE":"\(data.usagePlans.ref)","DYNAMODB_USAGE_LOGS_TABLE":"\(data.usageLogs.ref)",\
                    "OPENSEARCH_ENDPOINT":"\(observability.domain.domainEndpoint)","AWS_DEFAULT_REGION":"\(AWS.region)"}
                    """,
                description: "Platform configuration read by External Secrets",
                name: .init("/\(name)/config")))

        let roles: [(id: String, serviceAccount: String, statements: [IAM.PolicyStatement])] = [
            ("RetrievalGatewayRole", "default:retrieval-gateway-sa", [
                .allow(["bedrock:Retrieve", "bedrock:RetrieveAndGenerate"], on: [
                    "arn:\(AWS.partition):bedrock:\(AWS.region):\(AWS.accountID):knowledge-base/*",
                ]),
            ]),
            ("OtelCollectorRole", "default:otel-collector-sa", [
                .allow(["es:ESHttpPost", "es:ESHttpPut", "es:ESHttpGet"], on: [observability.domain.arn, "\(observability.domain.arn)/*"]),
                .allow(["logs:PutLogEvents", "logs:CreateLogStream", "logs:CreateLogGroup", "xray:PutTraceSegments", "xray:PutTelemetryRecords"]),
            ]),
            ("LlmGatewayRole", "default:llm-gateway-sa", [
                .allow(["bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"], on: bedrockModels),
                .allow(
                    ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:Query"],
                    on: [data.usagePlans.arn, "\(data.usagePlans.arn)/index/*", data.usageLogs.arn, "\(data.usageLogs.arn)/index/*"]),
                .allow(["secretsmanager:GetSecretValue"], on: [data.redisAuthSecret.ref]),
            ]),
            ("MemoryGatewayRole", "default:memory-gateway-sa", [
                .allow(["rds-db:connect"], on: [
                    "arn:\(AWS.partition):rds-db:\(AWS.region):\(AWS.accountID):dbuser:\(data.postgres.dbClusterResourceId)/agentic_iam",
                ]),
                .allow(["cloudwatch:PutMetricData", "logs:PutLogEvents", "logs:CreateLogStream"]),
            ]),
            ("ExternalSecretsRole", "external-secrets:external-secrets-sa", [
                .allow(
                    ["ssm:GetParameter", "ssm:GetParameters", "ssm:GetParametersByPath"],
                    on: ["arn:\(AWS.partition):ssm:\(AWS.region):\(AWS.accountID):parameter\(config.ref)"]),
            ]),
            ("AgentRole", "default:agent-sa", [
                .allow(["bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"], on: bedrockModels),
            ]),
            ("LoadBalancerControllerRole", "kube-system:aws-load-balancer-controller", [
                .allow(["elasticloadbalancing:*", "ec2:Describe*", "ec2:CreateSecurityGroup", "ec2:CreateTags",
                        "ec2:AuthorizeSecurityGroupIngress", "ec2:RevokeSecurityGroupIngress", "ec2:DeleteSecurityGroup",
                        "acm:DescribeCertificate", "acm:ListCertificates", "wafv2:GetWebACLForResource", "shield:GetSubscriptionState"]),
                .allow(["iam:CreateServiceLinkedRole"], when: [
                    .stringEquals("iam:AWSServiceName", "elasticloadbalancing.amazonaws.com"),
                ]),
            ]),
        ]
        for role in roles {
            let handle = stack.add(
                role.id,
                IAM.Role(
                    assumeRolePolicyDocument: AgentPlatformIRSA.trust(provider: provider, issuer: issuer, serviceAccount: role.serviceAccount),
                    policies: [.init(policyDocument: IAM.PolicyDocument(statements: role.statements), policyName: "workload")]))
            stack.output(role.id + "Arn", handle.arn)
        }
    }
}
