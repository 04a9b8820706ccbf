import StackgenCore
import Testing

/// Region names read at run time (samconfig.toml, `--stack NAME=PATH@REGION`) go through
/// `Region.named(_:)`; a misspelt one gets a did-you-mean.
@Suite struct RegionTests {
    @Test func aKnownNameIsItsStaticMember() {
        #expect(Region.named("eu-west-1") == .euWest1)
        #expect(Region.named("us-gov-west-1") == .usGovWest1)
    }

    @Test func aMisspeltNameIsUnknownWithTheClosestKnownOne() {
        #expect(Region.named("eu-wset-1") == nil)
        #expect(Region.suggestion(for: "eu-wset-1") == "eu-west-1")
        #expect(Region.suggestion(for: "us-east1") == "us-east-1")
    }

    @Test func aNameFarFromEveryKnownOneHasNoSuggestion() {
        #expect(Region.named("xx-new-1") == nil)
        #expect(Region.suggestion(for: "xx-new-1") == nil)
        #expect(Region.custom("xx-new-1").name == "xx-new-1")
    }
}
