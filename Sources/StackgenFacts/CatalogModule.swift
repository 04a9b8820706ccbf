/// Where the typed catalog declares a resource type: one module per CloudFormation
/// namespace. Code that writes Swift for users (`import`) names modules with this, so the
/// naming lives in one place.
public enum CatalogModule {
    /// `AWS::S3::Bucket` → `StackgenS3`; `AWS::Serverless::Function` → `StackgenServerless`;
    /// nil for a type outside the catalog (`Custom::…`, `Alexa::ASK::Skill`, a typo).
    public static func name(forType typeName: String) -> String? {
        let parts = typeName.split(separator: ":", omittingEmptySubsequences: true)
        guard parts.count == 3, parts[0] == "AWS", ResourceFacts.type(typeName) != nil else { return nil }
        return "Stackgen" + parts[1]
    }
}
