import StackgenCertificateManager
import StackgenCloudFront
import StackgenS3

/// `petstore-frontend`: the chat page in an S3 website bucket behind CloudFront with a
/// custom-domain certificate. The stack is in us-east-1, where CloudFront needs its
/// certificate, so no cross-region value is involved.
struct PetStoreFrontend {
    var stack = Stack(
        "petstore-frontend", region: .usEast1,
        description: "PetStore chat page: S3 website bucket, certificate and CloudFront.")

    init() {
        let domain = stack.parameter("DomainName", default: "petstore.example.com", description: "The chat page's domain.")
        let page = "petstore-chat-secure.html"

        let bucket = stack.add(
            "FrontendBucket",
            S3.Bucket(
                bucketName: "petstore-chat-demo-\(AWS.accountID)",
                // The site is a public S3 website (setup-https-cloudfront.sh): the policy
                // below grants public reads, so public policies must not be blocked.
                publicAccessBlockConfiguration: .init(
                    blockPublicAcls: true, blockPublicPolicy: false, ignorePublicAcls: true, restrictPublicBuckets: false),
                websiteConfiguration: .init(errorDocument: .init(page), indexDocument: .init(page))))

        stack.add(
            "FrontendBucketPolicy",
            S3.BucketPolicy(
                bucket: bucket.ref,
                policyDocument: IAM.PolicyDocument(
                    .grant(.anyone, ["s3:GetObject"], on: ["\(bucket.arn)/*"], sid: "PublicReadGetObject"))))

        let certificate = stack.add(
            "FrontendCertificate",
            CertificateManager.Certificate(domainName: domain.value, validationMethod: "DNS"))

        // The website endpoint is an HTTP-only custom origin; WebsiteURL carries the scheme.
        let websiteHost = Fn.select(1, Fn.split("://", bucket.websiteURL))
        let distribution = stack.add(
            "FrontendDistribution",
            CloudFront.Distribution(
                distributionConfig: .init(
                    defaultCacheBehavior: .init(
                        targetOriginId: "s3-website",
                        viewerProtocolPolicy: .redirectToHttps,
                        // Managed policy CachingOptimized.
                        cachePolicyId: "658327ea-f89d-4fab-a63d-7e88639e58f6",
                        compress: true),
                    enabled: true,
                    aliases: [domain.value],
                    comment: "PetStore chat",
                    defaultRootObject: .init(page),
                    httpVersion: .http2,
                    origins: [
                        .init(
                            domainName: websiteHost, id: "s3-website",
                            customOriginConfig: .init(originProtocolPolicy: "http-only"))
                    ],
                    priceClass: .priceClass100,
                    viewerCertificate: .init(
                        acmCertificateArn: certificate.ref, minimumProtocolVersion: .tlsv1_2_2021, sslSupportMethod: .sniOnly))))

        stack.output("BucketName", bucket.ref)
        stack.output("DistributionDomainName", distribution.domainName)
        stack.output("SiteUrl", "https://\(domain.value)")
    }
}
