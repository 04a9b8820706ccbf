import StackgenS3
import Testing

@Suite("Property overrides")
struct OverridingTests {
    let file = "StackgenResourcesTests/OverridingTests.swift"

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
        #expect(stack.resources.first?.overrides.map(\.path) == [
            ["OwnershipControls", "Rules"], ["OwnershipControls", "Rules", "0", "ObjectOwnership"], ["VersioningConfiguration", "Status"],
        ])
    }

    @Test func anIndexOnePastTheEndAppendsAndZeroStartsAList() {
        let bucket = S3.Bucket()
            .overriding("OwnershipControls.Rules.0.ObjectOwnership", with: "BucketOwnerEnforced")
            .overriding("OwnershipControls.Rules.1.ObjectOwnership", with: "ObjectWriter")
        #expect(bucket.properties["OwnershipControls"] == [
            "Rules": [["ObjectOwnership": "BucketOwnerEnforced"], ["ObjectOwnership": "ObjectWriter"]],
        ])
        #expect(bucket.overrides.allSatisfy { $0.problem == nil })
    }

    /// Lowers a one-resource app and returns what it reports.
    func lowered(_ bucket: S3.Bucket) -> [String] {
        var app = App("site", region: .euWest1)
        var stack = Stack("site")
        stack.add("Site", bucket)
        app.add(stack)
        var diagnostics = Diagnostics()
        _ = Lowering.lower(app, into: &diagnostics)
        return diagnostics.sorted.map(\.description)
    }

    @Test func aMalformedPathIsALocatedErrorAndChangesNothing() {
        let base = S3.Bucket(bucketName: "site", versioningConfiguration: .init(status: .enabled))
        let line = #line + 1
        let bucket = base.overriding("VersioningConfiguration..Status", with: "Suspended")
        #expect(bucket.properties == base.properties)
        #expect(
            lowered(bucket) == [
                """
                \(file):\(line): error[SG110]: override path 'VersioningConfiguration..Status' has an empty segment
                  at: stack site › resource Site › Properties
                  hint: join property names with single dots ('OwnershipControls.Rules.0.ObjectOwnership')
                """
            ])
    }

    @Test func anIndexIntoAMapIsAnError() {
        let line = #line + 1
        let bucket = S3.Bucket(versioningConfiguration: .init(status: .enabled)).overriding("VersioningConfiguration.0", with: "x")
        #expect(
            lowered(bucket) == [
                """
                \(file):\(line): error[SG110]: override path 'VersioningConfiguration.0' takes item 0 of 'VersioningConfiguration', which is not a list
                  at: stack site › resource Site › Properties.VersioningConfiguration.0
                  hint: use a property name here, or override 'VersioningConfiguration' itself with a list
                """
            ])
    }

    @Test func aKeyThroughASingleValueIsAnError() {
        let line = #line + 1
        let bucket = S3.Bucket(bucketName: "site").overriding("BucketName.Suffix", with: "x")
        #expect(
            lowered(bucket) == [
                """
                \(file):\(line): error[SG110]: override path 'BucketName.Suffix' takes key 'Suffix' of 'BucketName', which is a single value
                  at: stack site › resource Site › Properties.BucketName.Suffix
                  hint: override 'BucketName' itself, or end the path there
                """
            ])
    }

    @Test func aKeyOfAListAndAnIndexPastItsEndAreErrors() {
        let rules = S3.Bucket().overriding("OwnershipControls.Rules", with: [["ObjectOwnership": "ObjectWriter"]])
        let keyLine = #line + 1
        let byKey = rules.overriding("OwnershipControls.Rules.ObjectOwnership", with: "BucketOwnerEnforced")
        let indexLine = #line + 1
        let pastEnd = rules.overriding("OwnershipControls.Rules.3.ObjectOwnership", with: "BucketOwnerEnforced")
        #expect(
            lowered(byKey) == [
                """
                \(file):\(keyLine): error[SG110]: override path 'OwnershipControls.Rules.ObjectOwnership' takes key 'ObjectOwnership' of 'OwnershipControls.Rules', which is a list
                  at: stack site › resource Site › Properties.OwnershipControls.Rules.ObjectOwnership
                  hint: name the list item by its index ('OwnershipControls.Rules.0.ObjectOwnership')
                """
            ])
        #expect(
            lowered(pastEnd) == [
                """
                \(file):\(indexLine): error[SG110]: override path 'OwnershipControls.Rules.3.ObjectOwnership' takes item 3 of 'OwnershipControls.Rules', which has 1 item
                  at: stack site › resource Site › Properties.OwnershipControls.Rules.3.ObjectOwnership
                  hint: use an index below 1, or 1 to append an item
                """
            ])
    }
}
