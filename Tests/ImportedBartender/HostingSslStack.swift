// Imported by `stackgen import` from infrastructure/hosting-ssl/template.yaml; edit freely.
import StackgenCore
import StackgenCertificateManager

/// `ai-bartender-hosting-ssl` (us-east-1): ACM certificate for CloudFront (must be us-east-1).
public enum HostingSslStack {
    public struct Outputs: Sendable {
        public let certificateArn: Output<String>
    }

    public static func make() -> (stack: Stack, outputs: Outputs) {
        let name = "ai-bartender-hosting-ssl"
        var stack = Stack(name, region: .usEast1, description: "ACM certificate for CloudFront (must be us-east-1)")
        _ = stack.parameter("DomainName", type: .string, of: String.self, default: .string("bartender.example.com"))
        stack.add("Certificate", CertificateManager.Certificate(
            domainName: Value(expression: .ref(Address(stack: name, logicalID: "DomainName", kind: .parameter))),
            validationMethod: "DNS"
        ))
        let certificateArnOutput = stack.output("CertificateArn", Value<String>(expression: .ref(Address(stack: name, logicalID: "Certificate", kind: .resource))), exportName: "ai-bartender-hosting-ssl:certificate-arn")
        return (stack, Outputs(certificateArn: certificateArnOutput))
    }
}
