import StackgenCloudFront
import StackgenRoute53
import StackgenS3

/// `ai-bartender-hosting`: the frontend and images buckets behind one CloudFront
/// distribution with a custom domain. The certificate comes from hosting-ssl in us-east-1;
/// stackgen turns that use into this stack's `CertificateArn` parameter, filled by the plan.
struct HostingStack {
    var stack = Stack("ai-bartender-hosting", description: "AI Bartender Frontend and Image Hosting Infrastructure")
    let imagesBucketName: Output<String>
    let imagesBucketArn: Output<String>
    let cloudFrontDomain: Output<String>

    init(certificate: HostingSSLStack) {
        stack.transforms = [Bartender.samTransform]
        let application = stack.parameter("Application", default: "ai-bartender", description: "Name of owning application")
        let domainName = stack.parameter("DomainName", description: "Custom domain name for the application")
        let hostedZoneID = stack.parameter("HostedZoneId", description: "Route53 Hosted Zone ID")

        let blockPublicAccess = S3.Bucket.PublicAccessBlockConfiguration(
            blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true)
        let aes256 = S3.Bucket.BucketEncryption(
            serverSideEncryptionConfiguration: [.init(serverSideEncryptionByDefault: .init(sseAlgorithm: .aes256))])
        let frontend = stack.add(
            "FrontendBucket",
            S3.Bucket(
                bucketEncryption: aes256, bucketName: "\(application.value)-frontend-\(AWS.accountID)",
                publicAccessBlockConfiguration: blockPublicAccess, versioningConfiguration: .init(status: .enabled)))
        // EventBridge notifications feed image-processing's rule on the default bus.
        let images = stack.add(
            "ImagesBucket",
            S3.Bucket(
                bucketEncryption: aes256, bucketName: "\(application.value)-images-\(AWS.accountID)",
                corsConfiguration: .init(corsRules: [
                    .init(allowedMethods: [.get, .put], allowedOrigins: ["*"], allowedHeaders: ["*"], maxAge: 3600)
                ]),
                notificationConfiguration: .init(eventBridgeConfiguration: .init(eventBridgeEnabled: true)),
                publicAccessBlockConfiguration: blockPublicAccess))
        let frontendAccess = stack.add("FrontendOriginAccessControl", Self.originAccessControl("\(application.value)-frontend-oac"))
        let imagesAccess = stack.add("ImagesOriginAccessControl", Self.originAccessControl("\(application.value)-images-oac"))

        // Managed policies: CachingDisabled (SPA), CachingOptimized, CORS-S3Origin, SecurityHeadersPolicy.
        let cachingDisabled: Value<String> = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad"
        let cachingOptimized: Value<String> = "658327ea-f89d-4fab-a63d-7e88639e58f6"
        let corsS3Origin: Value<String> = "88a5eaf4-2fd4-4709-b370-b4c650ea3fcf"
        let securityHeaders: Value<String> = "67f7725c-6f97-4210-82d7-5512b31e9d03"
        let spaFallback: PropertyList<CloudFront.Distribution.CustomErrorResponse> = [
            .init(errorCode: 403, errorCachingMinTTL: .whole(0), responseCode: 200, responsePagePath: "/index.html"),
            .init(errorCode: 404, errorCachingMinTTL: .whole(0), responseCode: 200, responsePagePath: "/index.html"),
        ]
        let cdn = stack.add(
            "MainCDN",
            CloudFront.Distribution(
                distributionConfig: .init(
                    defaultCacheBehavior: .init(
                        targetOriginId: "FrontendOrigin", viewerProtocolPolicy: .redirectToHttps,
                        cachePolicyId: cachingDisabled, originRequestPolicyId: corsS3Origin,
                        responseHeadersPolicyId: securityHeaders),
                    enabled: true,
                    aliases: [domainName.value],
                    cacheBehaviors: [
                        .init(
                            pathPattern: "/images/*", targetOriginId: "ImagesOrigin", viewerProtocolPolicy: "redirect-to-https",
                            cachePolicyId: cachingOptimized, originRequestPolicyId: corsS3Origin,
                            responseHeadersPolicyId: securityHeaders)
                    ],
                    comment: "\(application.value) Main CDN - Frontend and Images",
                    customErrorResponses: spaFallback,
                    defaultRootObject: "index.html",
                    httpVersion: .http2and3,
                    ipv6Enabled: true,
                    origins: [
                        .init(
                            domainName: frontend.regionalDomainName, id: "FrontendOrigin",
                            originAccessControlId: frontendAccess.ref, s3OriginConfig: .init(originAccessIdentity: "")),
                        .init(
                            domainName: images.regionalDomainName, id: "ImagesOrigin", originAccessControlId: imagesAccess.ref,
                            originPath: "", s3OriginConfig: .init(originAccessIdentity: "")),
                    ],
                    priceClass: .priceClass100,
                    viewerCertificate: .init(
                        acmCertificateArn: certificate.certificateArn.value, minimumProtocolVersion: .tlsv1_2_2021,
                        sslSupportMethod: .sniOnly))))

        for (logicalID, bucket) in [("FrontendBucketPolicy", frontend), ("ImagesBucketPolicy", images)] {
            stack.add(
                logicalID,
                S3.BucketPolicy(
                    bucket: bucket.ref,
                    policyDocument: IAM.PolicyDocument(
                        IAM.PolicyStatement(
                            sid: "AllowCloudFrontServicePrincipal", principal: .service("cloudfront.amazonaws.com"),
                            actions: ["s3:GetObject"], resources: ["\(bucket.arn)/*"],
                            conditions: [
                                .stringEquals("AWS:SourceArn", "arn:aws:cloudfront::\(AWS.accountID):distribution/\(cdn.ref)")
                            ]))))
        }
        stack.add(
            "DNSRecord",
            Route53.RecordSet(
                name: domainName.value, type: "A",
                // Z2FDTNDATAQYW2 is CloudFront's global hosted zone.
                aliasTarget: .init(dnsName: cdn.domainName, hostedZoneId: "Z2FDTNDATAQYW2"),
                hostedZoneId: hostedZoneID.value))

        stack.output(
            "FrontendBucketName", frontend.ref, description: "The name of the S3 bucket for frontend files",
            exportName: "ai-bartender-hosting:frontend-bucket-name", usedOutside: outsideConsumers)
        imagesBucketName = stack.output(
            "ImagesBucketName", images.ref, description: "The name of the S3 bucket for images",
            exportName: "ai-bartender-hosting:images-bucket-name")
        imagesBucketArn = stack.output(
            "ImagesBucketArn", images.arn, description: "The ARN of the S3 bucket for images",
            exportName: "ai-bartender-hosting:images-bucket-arn")
        stack.output(
            "CDNDomainName", cdn.domainName, description: "The CloudFront distribution domain name",
            exportName: "ai-bartender-hosting:cdn-domain-name", usedOutside: outsideConsumers)
        stack.output(
            "CDNDistributionId", cdn.ref, description: "The CloudFront distribution ID",
            exportName: "ai-bartender-hosting:cdn-distribution-id", usedOutside: outsideConsumers)
        stack.output(
            "CustomDomainName", domainName.value, description: "The custom domain name",
            exportName: "ai-bartender-hosting:custom-domain-name", usedOutside: outsideConsumers)
        cloudFrontDomain = stack.output(
            "CloudFrontDomain", domainName.value, description: "The CloudFront domain for images",
            exportName: "ai-bartender-hosting:cloudfront-domain")
    }

    private static func originAccessControl(_ name: Value<String>) -> CloudFront.OriginAccessControl {
        CloudFront.OriginAccessControl(
            originAccessControlConfig: .init(
                name: name, originAccessControlOriginType: .s3, signingBehavior: .always, signingProtocol: .sigv4))
    }
}
