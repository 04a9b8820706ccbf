@testable import StackgenCatalogGenerator
import Testing

@Suite("Generator naming")
struct NamingTests {
    @Test func membersLowercaseTheLeadingWordOrAcronym() {
        #expect(Naming.member("BucketName") == "bucketName")
        #expect(Naming.member("ARN") == "arn")
        #expect(Naming.member("KMSMasterKeyID") == "kmsMasterKeyID")
        #expect(Naming.member("SSESpecification") == "sseSpecification")
        #expect(Naming.enumCase("TLSv1.2_2021") == "tlsv1_2_2021")
    }

    @Test func aPluralAcronymStaysOneWord() {
        #expect(Naming.member("CNAMEs") == "cnames")
        #expect(Naming.member("ARNs") == "arns")
        #expect(Naming.member("IDs") == "ids")
        #expect(Naming.member("DNSNames") == "dnsNames")
    }
}
