import StackgenCatalogSupport
import Testing

@Suite("Sample stacks")
struct SampleStacksTests {
    @Test func hostingWiresCertificateAndOriginAccess() throws {
        let (stack, cdn) = SampleStacks.hosting(certificateArn: "arn:aws:acm:us-east-1:123456789012:certificate/x")
        #expect(stack.resources.map(\.logicalID) == [
            "FrontendBucket", "ImagesBucket", "FrontendOriginAccessControl", "MainCDN", "FrontendBucketPolicy",
            "DNSRecord",
        ])
        let distribution = try #require(stack.resources.first { $0.logicalID == "MainCDN" })
        guard case .map(let config)? = distribution.properties["DistributionConfig"] else {
            Issue.record("DistributionConfig is not a map")
            return
        }
        #expect(config["PriceClass"] == "PriceClass_100")
        #expect(config["HttpVersion"] == "http2and3")
        #expect(
            config["ViewerCertificate"] == [
                "AcmCertificateArn": "arn:aws:acm:us-east-1:123456789012:certificate/x",
                "MinimumProtocolVersion": "TLSv1.2_2021", "SslSupportMethod": "sni-only",
            ])
        let record = try #require(stack.resources.first { $0.logicalID == "DNSRecord" })
        #expect(record.properties["AliasTarget"] == ["DNSName": cdn.domainName.expression, "HostedZoneId": "Z2FDTNDATAQYW2"])
    }

    @Test func apiUsesGlobalsLayersAndEventSources() throws {
        let (stack, function) = SampleStacks.api(clusterEndpoint: "abc.dsql.eu-west-1.on.aws", busName: "orders")
        #expect(stack.globals["Function"] == [
            "Architectures": ["arm64"], "Runtime": "python3.13", "Timeout": 30, "Tracing": "Active",
        ])
        let rule = try #require(stack.resources.first { $0.logicalID == "DrinkCreatedRule" })
        #expect(rule.properties["Targets"] == [["Arn": function.arn.expression, "Id": "CreateOrder"]])
        #expect(rule.properties["State"] == "ENABLED")
        let handler = try #require(stack.resources.first { $0.logicalID == "CreateOrderFunction" })
        guard case .list(let policies)? = handler.properties["Policies"] else {
            Issue.record("Policies is not a list")
            return
        }
        #expect(policies.last == ["SSMParameterReadPolicy": ["ParameterName": "ai-bartender/*"]])
    }
}
