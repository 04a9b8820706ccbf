import StackgenCore
import Testing

@Suite("Typed regions and outputs")
struct RegionAndOutputTests {
    @Test func knownRegionsAreStaticMembersAndNewOnesCustom() {
        #expect(Region.euWest1.name == "eu-west-1")
        #expect(Region.usGovWest1.name == "us-gov-west-1")
        #expect(Region.custom("xx-new-1").name == "xx-new-1")
        #expect(Region.known.contains(.apSoutheast7))
        #expect(Region.known == Region.known.sorted())
        let app = App("shop", region: .euWest1)
        #expect(app.region == "eu-west-1")
        #expect(Stack("edge", region: .usEast1).region == "us-east-1")
    }

    @Test func anInterpolatedStringIsAnOutputAndCanBeMarkedUsedOutside() {
        var stack = Stack("web")
        let site = stack.add("Site", GenericResource("AWS::S3::Bucket"))
        let output = stack.output("SiteUrl", "https://\(site.ref).example.com", exportName: "web-url", usedOutside: "CI")
        #expect(output.address.key == "SiteUrl")
        #expect(stack.outputs.first?.usedOutside == "CI")
        #expect(stack.outputs.first?.value == .concat([.string("https://"), .ref(site.address), .string(".example.com")]))
    }

    @Test func wholeDoublesAreWrittenAsIntegers() {
        let zero: Value<Double> = 0
        let alsoZero: Value<Double> = 0.0
        let half: Value<Double> = 0.5
        #expect(zero.expression == .integer(0))
        #expect(alsoZero.expression == .integer(0))
        #expect(half.expression == .number(0.5))
    }
}
