import StackgenCore
import StackgenPipeline
import StackgenS3
import StackgenVerify
import Testing

/// Every `.overriding(_:with:)` must reach the emitted template at its path.
@Suite struct OverrideCheckTests {
    /// Two stacks: the site's bucket overrides a nested list item, a value later replaced
    /// whole, and a value that names the other stack's bucket (an import once resolved).
    static func app() -> App {
        var app = App("ovr", region: .euWest1)
        var logs = Stack("ovr-logs")
        let logBucket = logs.add("Logs", S3.Bucket())
        var web = Stack("ovr-web")
        web.add(
            "Site",
            S3.Bucket(bucketName: "site")
                .overriding("OwnershipControls.Rules.0.ObjectOwnership", with: "BucketOwnerEnforced")
                .overriding("Tags", with: [["Key": "old", "Value": "gone"]])
                .overriding("Tags", with: [["Key": "team", "Value": "web"]])
                .overriding("Tags.0.Value", with: "site")
                .overriding("LoggingConfiguration", with: ["DestinationBucketName": Expr(logBucket.ref), "LogFilePrefix": "site/"]))
        app.add([logs, web])
        return app
    }

    static func verify(_ app: App, editing edit: (String) -> String = { $0 }, extra: [Verifier.DeclaredOverride] = []) -> [String] {
        let compiled = Pipeline.compile(app)
        #expect(compiled.succeeded)
        var diagnostics = Diagnostics()
        guard let model = Lowering.lower(app, into: &diagnostics) else { return ["not lowered"] }
        var declarations = Verifier.Declarations(model)
        declarations.overrides["ovr-web", default: []] += extra
        let files = compiled.files.map { ($0.path, $0.path == "ovr-web.template.json" ? edit($0.contents) : $0.contents) }
        return Verifier.verify(files, declarations: declarations).map(\.description)
    }

    @Test func overridesInTheTemplatePass() {
        let compiled = Pipeline.compile(Self.app())
        #expect(compiled.succeeded)
        #expect(compiled.internalErrors == [])
        #expect(Self.verify(Self.app()) == [])
    }

    @Test func anOverrideWithAnotherValueIsAFinding() {
        let findings = Self.verify(Self.app()) { $0.replacing("\"BucketOwnerEnforced\"", with: "\"ObjectWriter\"") }
        #expect(
            findings == [
                "ovr-web.template.json at Resources/Site/Properties/OwnershipControls/Rules/0/ObjectOwnership: "
                    + "override 'OwnershipControls.Rules.0.ObjectOwnership' of 'Site' does not hold the value it was given"
            ])
    }

    @Test func aChangeInsideALaterOverrideIsAFinding() {
        let findings = Self.verify(Self.app()) { $0.replacing("\"site\"", with: "\"web\"").replacing("\"BucketName\": \"web\"", with: "\"BucketName\": \"site\"") }
        #expect(
            findings == [
                "ovr-web.template.json at Resources/Site/Properties/Tags: override 'Tags' of 'Site' does not hold the value it was given",
                "ovr-web.template.json at Resources/Site/Properties/Tags/0/Value: override 'Tags.0.Value' of 'Site' does not hold the value it was given",
            ])
    }

    @Test func anOverrideMissingFromTheTemplateIsAFinding() {
        let lost = Verifier.DeclaredOverride(logicalID: "Site", path: ["AccelerateConfiguration", "AccelerationStatus"], expected: .string("Enabled"))
        #expect(
            Self.verify(Self.app(), extra: [lost]) == [
                "ovr-web.template.json at Resources/Site/Properties/AccelerateConfiguration/AccelerationStatus: "
                    + "override 'AccelerateConfiguration.AccelerationStatus' of 'Site' is missing from the template"
            ])
    }
}
