import StackgenCertificateManager

/// `ai-bartender-hosting-ssl` (us-east-1): the CloudFront certificate. CloudFront only takes
/// certificates from us-east-1, so this is the one stack outside eu-west-1; hosting gets the
/// ARN as a deploy-time parameter that the plan fills from `CertificateArn`.
struct HostingSSLStack {
    var stack = Stack(
        "ai-bartender-hosting-ssl", region: .usEast1,
        description: "AI Bartender SSL Certificate (must be deployed in us-east-1 for CloudFront)")
    /// Named `CertificateArn` so the parameter stackgen adds to hosting keeps the real name.
    let certificateArn: Output<String>

    init() {
        let application = stack.parameter("Application", default: "ai-bartender", description: "Name of owning application")
        let domainName = stack.parameter("DomainName", description: "Custom domain name for the application")
        let hostedZoneID = stack.parameter("HostedZoneId", description: "Route53 Hosted Zone ID")

        let certificate = stack.add(
            "SSLCertificate",
            CertificateManager.Certificate(
                domainName: domainName.value,
                domainValidationOptions: [.init(domainName: domainName.value, hostedZoneId: hostedZoneID.value)],
                tags: [Tag(key: "Application", value: application.value)],
                validationMethod: "DNS"))

        certificateArn = stack.output(
            "CertificateArn", certificate.ref, description: "The ARN of the SSL certificate for CloudFront",
            exportName: "ai-bartender-hosting-ssl:certificate-arn", usedOutside: outsideConsumers)
    }
}
