/// A declared resource of definition type `D`, as other declarations see it. Attributes
/// are extensions constrained to one `D` (`extension Resource where D == S3.Bucket`), so
/// an attribute exists only on the type that has it.
public struct Resource<D: ResourceDefinition>: Sendable, Hashable, DependencyTarget {
    public let address: Address

    public init(address: Address) {
        self.address = address
    }

    public var logicalID: String { address.logicalID }

    /// `Ref` of the resource.
    public var ref: Value<String> { Value(expression: .ref(address)) }

    /// `Fn::GetAtt` of a named attribute. Generated accessors call this; it is behind an
    /// SPI so that app code cannot ask for an attribute the type does not have.
    @_spi(Catalog)
    public func attribute<T>(_ name: String, as type: T.Type = T.self) -> Value<T> {
        Value(expression: .getAtt(address, attribute: name))
    }

    public var dependencyName: String { address.logicalID }
}

extension Resource where D == GenericResource {
    /// `Fn::GetAtt` on a generic resource, whose attributes stackgen cannot know.
    public func getAtt<T>(_ name: String, as type: T.Type = String.self) -> Value<T> {
        Value(expression: .getAtt(address, attribute: name))
    }
}

/// Something a resource can depend on by name in `DependsOn`.
public protocol DependencyTarget: Sendable {
    var dependencyName: String { get }
}

/// A resource SAM generates from another (`<Api><Stage>Stage`, `<Function>Role`), named
/// in `DependsOn` although no declaration in the stack has that id.
public struct GeneratedResource: DependencyTarget, Hashable {
    public let dependencyName: String

    public init(_ name: String) {
        self.dependencyName = name
    }
}

/// A declared condition.
public struct Condition: Sendable, Hashable {
    public let stack: String
    public let name: String
}

/// A declared mapping.
public struct Mapping: Sendable, Hashable {
    public let stack: String
    public let name: String
}

/// A declared parameter yielding `T`.
public struct Parameter<T>: Sendable, Hashable {
    public let address: Address

    /// `Ref` of the parameter.
    public var value: Value<T> { Value(expression: .ref(address)) }
}

/// A declared output yielding `T`; using `value` in another stack imports it.
public struct Output<T>: Sendable, Hashable {
    public let address: OutputAddress

    public var value: Value<T> { Value(expression: .output(address)) }
}

/// An export made outside the app, declared so `validate` can tell it from a typo.
public struct ExternalExport: Sendable, Hashable {
    public let name: String

    public func value<T>(as type: T.Type = String.self) -> Value<T> {
        Value(expression: .importValue(name))
    }
}
