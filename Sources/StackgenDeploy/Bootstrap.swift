import StackgenEmit

/// The per-region artifact bucket, as a small stack of its own: encrypted, public access
/// blocked, TLS only, kept when the stack is deleted (it may hold the only copy of a
/// deployed function's code), named readably after account and region.
public enum Bootstrap {
    public static let stackName = "stackgen-bootstrap"
    public static let bucketOutput = "BucketName"

    public static func step(region: String) -> Plan.Step {
        Plan.Step(stackName, kind: .stack, region: region, wave: 1, template: nil, dependsOn: [], command: "stackgen bootstrap --region \(region)")
    }

    public static var template: String {
        let bucket = JSONValue.object([("Ref", .string("ArtifactBucket"))])
        let bucketArn = JSONValue.object([("Fn::GetAtt", .array([.string("ArtifactBucket"), .string("Arn")]))])
        let objects = JSONValue.object([("Fn::Sub", .string("${ArtifactBucket.Arn}/*"))])
        let denyPlainHTTP = JSONValue.object([
            ("Sid", .string("DenyPlainHTTP")), ("Effect", .string("Deny")), ("Principal", .string("*")), ("Action", .string("s3:*")),
            ("Resource", .array([bucketArn, objects])),
            ("Condition", .object([("Bool", .object([("aws:SecureTransport", .string("false"))]))])),
        ])
        let document = JSONValue.object([
            ("AWSTemplateFormatVersion", .string("2010-09-09")),
            ("Description", .string("stackgen artifact bucket: packaged code and large templates of the apps deployed in this region")),
            (
                "Resources",
                .object([
                    (
                        "ArtifactBucket",
                        .object([
                            ("Type", .string("AWS::S3::Bucket")),
                            (
                                "Properties",
                                .object([
                                    ("BucketName", .object([("Fn::Sub", .string("stackgen-artifacts-${AWS::AccountId}-${AWS::Region}"))])),
                                    (
                                        "BucketEncryption",
                                        .object([
                                            (
                                                "ServerSideEncryptionConfiguration",
                                                .array([.object([("ServerSideEncryptionByDefault", .object([("SSEAlgorithm", .string("AES256"))]))])])
                                            )
                                        ])
                                    ),
                                    (
                                        "PublicAccessBlockConfiguration",
                                        .object([
                                            ("BlockPublicAcls", .boolean(true)), ("BlockPublicPolicy", .boolean(true)),
                                            ("IgnorePublicAcls", .boolean(true)), ("RestrictPublicBuckets", .boolean(true)),
                                        ])
                                    ),
                                    ("VersioningConfiguration", .object([("Status", .string("Enabled"))])),
                                ])
                            ),
                            ("DeletionPolicy", .string("Retain")),
                            ("UpdateReplacePolicy", .string("Retain")),
                        ])
                    ),
                    (
                        "ArtifactBucketPolicy",
                        .object([
                            ("Type", .string("AWS::S3::BucketPolicy")),
                            (
                                "Properties",
                                .object([
                                    ("Bucket", bucket),
                                    ("PolicyDocument", .object([("Version", .string("2012-10-17")), ("Statement", .array([denyPlainHTTP]))])),
                                ])
                            ),
                        ])
                    ),
                ])
            ),
            ("Outputs", .object([(bucketOutput, .object([("Value", bucket)]))])),
        ])
        return CanonicalJSON.string(document)
    }
}

extension CloudFormationRunner {
    /// Creates or updates the region's bootstrap stack; unchanged when it is up to date.
    public func bootstrap(region: String, report: @escaping @Sendable (String) -> Void = { _ in }) -> StepOutcome {
        deploy(Bootstrap.step(region: region), inputs: StepInputs(outputs: [:], report: report), body: Bootstrap.template)
    }
}
