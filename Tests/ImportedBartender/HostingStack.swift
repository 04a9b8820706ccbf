// Imported by `stackgen import` from infrastructure/hosting/template.yaml; edit freely.
import StackgenCore
import StackgenCloudFront
import StackgenS3

/// `ai-bartender-hosting` (eu-west-1): S3 + CloudFront hosting.
public enum HostingStack {
    public struct Outputs: Sendable {
        public let frontendBucketName: Output<String>
        public let cdnDomainName: Output<String>
    }

    public static func make() -> (stack: Stack, outputs: Outputs) {
        let name = "ai-bartender-hosting"
        var stack = Stack(name, region: .euWest1, description: "S3 + CloudFront hosting")
        _ = stack.parameter("CertificateArn", type: .string, of: String.self)
        _ = stack.parameter("CertificateSource", type: .string, of: String.self, default: .string("parameter"), allowedValues: [.string("parameter"), .string("import")])
        var conditions: [String: Condition] = [:]
        conditions["ImportCertificate"] = stack.condition("ImportCertificate", ConditionExpression(expression: .function("Equals", .list([
                .ref(Address(stack: name, logicalID: "CertificateSource", kind: .parameter)),
                .string("import"),
            ]))))
        stack.add("FrontendBucket", S3.Bucket(
            bucketName: Fn.sub("ai-bartender-frontend-${AWS::AccountId}")
        ))
        stack.add("Distribution", CloudFront.Distribution(
            distributionConfig: .init(
                defaultCacheBehavior: .init(
                    targetOriginId: "frontend",
                    viewerProtocolPolicy: .redirectToHttps,
                    cachePolicyId: "658327ea-f89d-4fab-a63d-7e88639e58f6"
                ),
                enabled: true,
                origins: [
                    .init(
                        domainName: Value(expression: .getAtt(Address(stack: name, logicalID: "FrontendBucket", kind: .resource), attribute: "RegionalDomainName")),
                        id: "frontend",
                        s3OriginConfig: .init()
                    ),
                ],
                viewerCertificate: .init(
                    acmCertificateArn: Value(expression: .if(condition: "ImportCertificate", then: .importValue("ai-bartender-hosting-ssl:certificate-arn"), else: .ref(Address(stack: name, logicalID: "CertificateArn", kind: .parameter)))),
                    sslSupportMethod: .sniOnly
                )
            )
        ))
        let frontendBucketNameOutput = stack.output("FrontendBucketName", Value<String>(expression: .ref(Address(stack: name, logicalID: "FrontendBucket", kind: .resource))), exportName: "ai-bartender-hosting:frontend-bucket-name")
        let cdnDomainNameOutput = stack.output("CdnDomainName", Value<String>(expression: .getAtt(Address(stack: name, logicalID: "Distribution", kind: .resource), attribute: "DomainName")), exportName: "ai-bartender-hosting:cdn-domain-name")
        return (stack, Outputs(frontendBucketName: frontendBucketNameOutput, cdnDomainName: cdnDomainNameOutput))
    }
}
