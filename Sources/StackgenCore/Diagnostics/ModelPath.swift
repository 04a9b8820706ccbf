/// Where in the model a problem is: `stack api › resource X › Properties.Environment`.
public struct ModelPath: Sendable, Hashable, Comparable, CustomStringConvertible {
    public enum Component: Sendable, Hashable {
        case app(String)
        case stack(String)
        case resource(String)
        case parameter(String)
        case output(String)
        case condition(String)
        case mapping(String)
        case script(String)
        /// A property path inside the entry above, such as `Properties.Environment`.
        case field(String)
    }

    public let components: [Component]

    public init(_ components: [Component] = []) {
        self.components = components
    }

    public static func stack(_ name: String) -> ModelPath { ModelPath([.stack(name)]) }

    public func appending(_ component: Component) -> ModelPath {
        ModelPath(components + [component])
    }

    public var description: String {
        components.map { component in
            switch component {
            case .app(let name): "app \(name)"
            case .stack(let name): "stack \(name)"
            case .resource(let name): "resource \(name)"
            case .parameter(let name): "parameter \(name)"
            case .output(let name): "output \(name)"
            case .condition(let name): "condition \(name)"
            case .mapping(let name): "mapping \(name)"
            case .script(let name): "script \(name)"
            case .field(let name): name
            }
        }.joined(separator: " › ")
    }

    public static func < (a: ModelPath, b: ModelPath) -> Bool {
        a.description < b.description
    }
}
