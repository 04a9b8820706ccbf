import StackgenCloudFront
import StackgenS3

/// The site's CloudFront distribution: the frontend bucket through an origin access
/// identity, SPA error pages, no caching for index.html, and the logging bucket that the
/// CDK's `enable_logging=True` adds.
struct DigitalTwinCdn {
    let distribution: Resource<CloudFront.Distribution>

    init(in stack: inout Stack, settings: DigitalTwinSettings, frontend: Resource<S3.Bucket>) {
        let env = settings.name
        let identity = stack.add(
            "OAI",
            CloudFront.CloudFrontOriginAccessIdentity(
                cloudFrontOriginAccessIdentityConfig: .init(comment: .init("OAI for Digital Twin Chat frontend (\(env))"))))
        stack.add(
            "FrontendBucketPolicy",
            S3.BucketPolicy(
                bucket: frontend.ref,
                policyDocument: IAM.PolicyDocument(
                    DigitalTwinStack.denyInsecureTransport(frontend),
                    .grant(.canonicalUser(identity.s3CanonicalUserId), ["s3:GetObject"], on: ["\(frontend.arn)/*"]))))

        // CloudFront's standard logs are written with ACLs, so this bucket keeps them enabled.
        let logs = stack.add(
            "FrontendDistributionLoggingBucket",
            S3.Bucket(
                ownershipControls: .init(rules: [.init(objectOwnership: .objectWriter)]),
                publicAccessBlockConfiguration: .init(
                    blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true)),
            deletionPolicy: settings.dataPolicy, updateReplacePolicy: settings.dataPolicy)

        let noCache = stack.add(
            "NoCachePolicy",
            CloudFront.CachePolicy(
                cachePolicyConfig: .init(
                    defaultTTL: .whole(0), maxTTL: .whole(0), minTTL: .whole(0), name: .init("digital-twin-no-cache-\(env)"),
                    parametersInCacheKeyAndForwardedToOrigin: .init(
                        cookiesConfig: .init(cookieBehavior: .noneValue), enableAcceptEncodingGzip: false,
                        headersConfig: .init(headerBehavior: .noneValue), queryStringsConfig: .init(queryStringBehavior: .noneValue)),
                    comment: "No caching for index.html")))

        let origin = "frontend-s3"
        // Managed policy CachingOptimized.
        let cachingOptimized: Value<String> = "658327ea-f89d-4fab-a63d-7e88639e58f6"
        distribution = stack.add(
            "FrontendDistribution",
            CloudFront.Distribution(
                distributionConfig: .init(
                    defaultCacheBehavior: .init(
                        targetOriginId: .init(origin), viewerProtocolPolicy: .redirectToHttps,
                        allowedMethods: ["GET", "HEAD", "OPTIONS"], cachePolicyId: cachingOptimized,
                        cachedMethods: ["GET", "HEAD", "OPTIONS"], compress: true),
                    enabled: true,
                    cacheBehaviors: [
                        .init(
                            pathPattern: "/index.html", targetOriginId: .init(origin), viewerProtocolPolicy: "redirect-to-https",
                            cachePolicyId: noCache.ref, compress: true)
                    ],
                    comment: .init("Digital Twin Chat Frontend (\(env))"),
                    customErrorResponses: [404, 403].map {
                        .init(errorCode: .init($0), errorCachingMinTTL: .whole(300), responseCode: 200, responsePagePath: "/index.html")
                    }.propertyList,
                    defaultRootObject: "index.html",
                    httpVersion: .http2,
                    logging: .init(bucket: logs.regionalDomainName),
                    origins: [
                        .init(
                            domainName: frontend.regionalDomainName, id: .init(origin),
                            s3OriginConfig: .init(originAccessIdentity: "origin-access-identity/cloudfront/\(identity.ref)"))
                    ],
                    priceClass: .priceClass100)))
    }
}

extension Array where Element: ExpressionConvertible {
    fileprivate var propertyList: PropertyList<Element> { PropertyList(self) }
}
