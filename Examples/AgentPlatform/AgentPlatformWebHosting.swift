import StackgenCloudFront
import StackgenS3

/// `agent-platform-web` (s3.tf, cloudfront.tf): the single-page app in a private, versioned
/// bucket, served by CloudFront through an origin access control.
struct AgentPlatformWebHosting {
    var stack = Stack(
        "agent-platform-web", region: AgentPlatformApp.region,
        description: "Agent platform web hosting: private S3 bucket behind CloudFront with OAC.")

    init() {
        let name = AgentPlatformApp.name
        let bucket = stack.add(
            "SpaWebsiteBucket",
            S3.Bucket(
                bucketEncryption: .init(serverSideEncryptionConfiguration: [
                    .init(serverSideEncryptionByDefault: .init(sseAlgorithm: .aes256))
                ]),
                lifecycleConfiguration: .init(rules: [
                    .init(status: .enabled, id: "expire-old-versions", noncurrentVersionExpiration: .init(noncurrentDays: 30))
                ]),
                publicAccessBlockConfiguration: .init(
                    blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true),
                versioningConfiguration: .init(status: .enabled)))
        let oac = stack.add(
            "SpaWebsiteOriginAccessControl",
            CloudFront.OriginAccessControl(
                originAccessControlConfig: .init(
                    name: .init("\(name)-spa"), originAccessControlOriginType: .s3, signingBehavior: .always, signingProtocol: .sigv4)))
        let headers = stack.add(
            "SpaWebsiteResponseHeadersPolicy",
            CloudFront.ResponseHeadersPolicy(
                responseHeadersPolicyConfig: .init(
                    name: .init("\(name)-spa-security-headers"),
                    securityHeadersConfig: .init(
                        contentTypeOptions: .init(override: true),
                        frameOptions: .init(frameOption: .deny, override: true),
                        referrerPolicy: .init(override: true, referrerPolicy: .strictOriginWhenCrossOrigin),
                        strictTransportSecurity: .init(accessControlMaxAgeSec: 31_536_000, override: true, includeSubdomains: true),
                        xssProtection: .init(override: true, protection: true, modeBlock: true)))))
        let origin: Value<String> = "spa-s3"
        let distribution = stack.add(
            "SpaWebsiteDistribution",
            CloudFront.Distribution(
                distributionConfig: .init(
                    defaultCacheBehavior: .init(
                        targetOriginId: origin, viewerProtocolPolicy: .redirectToHttps,
                        // Managed policy CachingOptimized.
                        cachePolicyId: "658327ea-f89d-4fab-a63d-7e88639e58f6", compress: true,
                        responseHeadersPolicyId: headers.ref),
                    enabled: true,
                    comment: .init("\(name) single-page app"),
                    customErrorResponses: PropertyList([403, 404].map {
                        .init(errorCode: .init($0), responseCode: 200, responsePagePath: "/index.html")
                    }),
                    defaultRootObject: "index.html",
                    httpVersion: .http2,
                    origins: [
                        .init(
                            domainName: bucket.regionalDomainName, id: origin, originAccessControlId: oac.id,
                            s3OriginConfig: .init(originAccessIdentity: ""))
                    ],
                    priceClass: .priceClass100,
                    viewerCertificate: .init(cloudFrontDefaultCertificate: true))))
        stack.add(
            "SpaWebsiteBucketPolicy",
            S3.BucketPolicy(
                bucket: bucket.ref,
                policyDocument: IAM.PolicyDocument(
                    .grant(
                        .service("cloudfront.amazonaws.com"), ["s3:GetObject"], on: ["\(bucket.arn)/*"],
                        when: [
                            .stringEquals(
                                "AWS:SourceArn", "arn:\(AWS.partition):cloudfront::\(AWS.accountID):distribution/\(distribution.id)")
                        ]))))

        stack.output("SpaWebsiteUrl", "https://\(distribution.domainName)")
    }
}
