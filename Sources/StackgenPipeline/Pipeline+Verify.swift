import StackgenCore
import StackgenVerify

extension Verifier.Declarations {
    /// What the author wrote, not what the resolver derived: the verifier checks the
    /// resolver's work against it.
    public init(_ model: AppModel) {
        self.init(
            externalExports: Set(model.externalExports.keys),
            parameters: Dictionary(model.stacks.map { ($0.name, Set($0.parameters.map(\.name))) }, uniquingKeysWith: { $0.union($1) }),
            overrides: Dictionary(model.stacks.map { ($0.name, Verifier.DeclaredOverride.declared(in: $0)) }, uniquingKeysWith: +))
    }
}
