import StackgenS3
import Testing

@Suite("Property overrides")
struct OverridingTests {
    @Test func anOverrideSetsANestedPathAndKeepsTheTypedHandle() {
        var stack = Stack("site")
        let bucket = stack.add(
            "Site",
            S3.Bucket(bucketName: "site", versioningConfiguration: .init(status: .enabled))
                .overriding("OwnershipControls.Rules", with: [["ObjectOwnership": "ObjectWriter"]])
                .overriding("Properties.OwnershipControls.Rules.0.ObjectOwnership", with: "BucketOwnerEnforced")
                .overriding("VersioningConfiguration.Status", with: "Suspended"))
        #expect(bucket.arn.expression == .getAtt(bucket.address, attribute: "Arn"))
        let properties = stack.resources.first?.properties ?? [:]
        #expect(properties["BucketName"] == "site")
        #expect(properties["OwnershipControls"] == ["Rules": [["ObjectOwnership": "BucketOwnerEnforced"]]])
        #expect(properties["VersioningConfiguration"] == ["Status": "Suspended"])
    }

    @Test func anEmptyPathChangesNothing() {
        let bucket = S3.Bucket(bucketName: "site")
        #expect(bucket.overriding("", with: "x").properties == bucket.properties)
    }
}
