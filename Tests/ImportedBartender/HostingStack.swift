// Imported by `stackgen import` from infrastructure/hosting/template.yaml; edit freely.
import StackgenCore

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
        stack.add("FrontendBucket", GenericResource("AWS::S3::Bucket", properties: [
            "BucketName": .sub("ai-bartender-frontend-${AWS::AccountId}", variables: [:]),
        ]))
        stack.add("Distribution", GenericResource("AWS::CloudFront::Distribution", properties: [
            "DistributionConfig": .map([
                "DefaultCacheBehavior": .map([
                    "CachePolicyId": .string("658327ea-f89d-4fab-a63d-7e88639e58f6"),
                    "TargetOriginId": .string("frontend"),
                    "ViewerProtocolPolicy": .string("redirect-to-https"),
                ]),
                "Enabled": .boolean(true),
                "Origins": .list([
                    .map([
                        "DomainName": .getAtt(Address(stack: name, logicalID: "FrontendBucket", kind: .resource), attribute: "RegionalDomainName"),
                        "Id": .string("frontend"),
                        "S3OriginConfig": .map([:]),
                    ]),
                ]),
                "ViewerCertificate": .map([
                    "AcmCertificateArn": .if(condition: "ImportCertificate", then: .importValue("ai-bartender-hosting-ssl:certificate-arn"), else: .ref(Address(stack: name, logicalID: "CertificateArn", kind: .parameter))),
                    "SslSupportMethod": .string("sni-only"),
                ]),
            ]),
        ]))
        let frontendBucketNameOutput = stack.output("FrontendBucketName", Value<String>(expression: .ref(Address(stack: name, logicalID: "FrontendBucket", kind: .resource))), exportName: "ai-bartender-hosting:frontend-bucket-name")
        let cdnDomainNameOutput = stack.output("CdnDomainName", Value<String>(expression: .getAtt(Address(stack: name, logicalID: "Distribution", kind: .resource), attribute: "DomainName")), exportName: "ai-bartender-hosting:cdn-domain-name")
        return (stack, Outputs(frontendBucketName: frontendBucketNameOutput, cdnDomainName: cdnDomainNameOutput))
    }
}
