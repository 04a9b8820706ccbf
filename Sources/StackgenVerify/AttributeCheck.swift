import StackgenFacts

/// Every `Fn::GetAtt` attribute (and `${Resource.Attribute}` in `Fn::Sub`) exists on its
/// resource's type, by the registry schemas' facts (StackgenFacts). Types the facts do not
/// know (`Custom::*`, third-party types) accept any attribute, as does
/// `AWS::CloudFormation::CustomResource`; so do SAM types whose attributes the facts do not
/// list, because SAM passes them through to the resources it generates, and SAM's
/// referable properties (`${MyApi.Stage}`).
enum AttributeCheck {
    static func findings(for uses: TemplateUses, file: String) -> [VerificationFinding] {
        // A template reads attributes of a few types many times: each type's facts parsed once.
        var cache = FactsCache()
        return uses.attributes.compactMap { use -> VerificationFinding? in
            guard let facts = cache.type(use.type), !facts.hasAttribute(use.attribute),
                !SAMFacts.referableProperties(of: use.type).contains(use.attribute)
            else { return nil }
            if use.type.hasPrefix("AWS::Serverless::"), facts.attributes.isEmpty, facts.attributePrefixes.isEmpty { return nil }
            return VerificationFinding(
                file: file, path: use.path, name: use.attribute,
                message: "Fn::GetAtt '\(use.resource).\(use.attribute)': type '\(use.type)' has no attribute '\(use.attribute)'")
        }
    }
}
