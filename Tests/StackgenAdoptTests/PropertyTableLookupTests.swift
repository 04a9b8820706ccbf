import StackgenFacts
import StackgenPropertyTable
import Testing

/// The property table is searched, not indexed: every key must be found, which holds only
/// while the generator writes the lines sorted by key.
@Suite struct PropertyTableLookupTests {
    @Test func everyTypeOfTheFactsIsFound() {
        let missing = ResourceFacts.typeNames.filter { $0.hasPrefix("AWS::") && PropertyTable.resource($0) == nil }
        #expect(missing == [])
    }

    @Test func nestedTypesAndRegionsAreFoundAndNothingElse() {
        #expect(PropertyTable.resource("AWS::SQS::Queue")?.swiftName == "Queue")
        #expect(PropertyTable.resource("AWS::SQS::Queu") == nil)
        guard case .enumeration(let members)? = PropertyTable.nested("AbacStatus", in: "AWS::S3::Bucket") else {
            Issue.record("AWS::S3::Bucket.AbacStatus is not an enumeration")
            return
        }
        #expect(members == ["Enabled": "enabled", "Disabled": "disabled"])
        #expect(PropertyTable.nested("AbacStatuz", in: "AWS::S3::Bucket") == nil)
        #expect(PropertyTable.regionMember("eu-west-1") == "euWest1")
        #expect(PropertyTable.regionMember("eu-wset-1") == nil)
    }
}
