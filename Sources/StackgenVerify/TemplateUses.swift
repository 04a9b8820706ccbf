/// What a template takes from elsewhere, collected while its references are walked and
/// checked against the rest of the app afterwards.
struct TemplateUses: Sendable {
    /// An `Fn::ImportValue`; `name` is nil when the argument is not a literal.
    struct Import: Sendable, Hashable {
        let name: String?
        let path: String
    }

    /// An `Fn::GetAtt` (or `${Resource.Attribute}` in `Fn::Sub`) of a resource of known type.
    struct Attribute: Sendable, Hashable {
        let resource: String
        let type: String
        let attribute: String
        let path: String
    }

    var imports: [Import] = []
    var attributes: [Attribute] = []
}
