import StackgenEmit

/// Local paths inside a template that `aws cloudformation package` reads relative to the
/// template file: a phase's templates sit two folders below the output folder, so each
/// path is re-based onto the phase's folder (or the package step would not find the code).
extension TemplateValue {
    /// A local path found in a template, after re-basing.
    struct LocalAsset: Hashable {
        let resource: String
        /// As `Plan.Asset.property`: `CodeUri`, `Command.ScriptLocation`, or `Location` of an include.
        let property: String
        let path: String
    }

    /// The template with every local path the AWS CLI would package passed through `rebase`,
    /// and the paths as they are now. Values that are intrinsics or S3/web addresses stay.
    func rebasingAssets(_ rebase: (String) -> String) -> (template: TemplateValue, assets: [LocalAsset]) {
        guard let resources = self["Resources"]?.fields else { return (self, []) }
        var found: [LocalAsset] = []
        var rebased: [Field] = []
        for field in resources {
            var resource = field.value
            let type = resource["Type"]?.string ?? ""
            if var properties = resource["Properties"] {
                for property in PackageableProperty.all where property.resourceType == type {
                    guard let path = properties.rebasing(at: property.components[...], rebase) else { continue }
                    properties = path.value
                    found.append(LocalAsset(resource: field.key, property: property.property, path: path.rebased))
                }
                resource = resource.setting("Properties", to: properties)
            }
            resource = resource.rebasingIncludes(rebase) { found.append(LocalAsset(resource: field.key, property: "Location", path: $0)) }
            rebased.append(Field(field.key, resource))
        }
        return (setting("Resources", to: .object(rebased)), found)
    }

    /// The value with the local path at `components` re-based, and the new path; nil when
    /// nothing local is there.
    private func rebasing(at components: ArraySlice<String>, _ rebase: (String) -> String) -> (value: TemplateValue, rebased: String)? {
        guard let first = components.first, let value = self[first] else { return nil }
        if components.count == 1 {
            guard let text = value.string, PackageableProperty.isLocalPath(text) else { return nil }
            let path = rebase(text)
            return (setting(first, to: .string(path)), path)
        }
        guard let inner = value.rebasing(at: components.dropFirst(), rebase) else { return nil }
        return (setting(first, to: inner.value), inner.rebased)
    }

    /// `{"Fn::Transform": {"Name": "AWS::Include", "Parameters": {"Location": …}}}` anywhere inside.
    private func rebasingIncludes(_ rebase: (String) -> String, found: (String) -> Void) -> TemplateValue {
        switch self {
        case .array(let values):
            return .array(values.map { $0.rebasingIncludes(rebase, found: found) })
        case .object(let fields):
            if fields.count == 1, fields.first?.key == "Fn::Transform", let transform = fields.first?.value,
                transform["Name"]?.string == "AWS::Include", let parameters = transform["Parameters"],
                let location = parameters["Location"]?.string, PackageableProperty.isLocalPath(location)
            {
                let path = rebase(location)
                found(path)
                return ["Fn::Transform": transform.setting("Parameters", to: parameters.setting("Location", to: .string(path)))]
            }
            return .object(fields.map { Field($0.key, $0.value.rebasingIncludes(rebase, found: found)) })
        default:
            return self
        }
    }
}
