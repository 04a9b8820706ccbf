import StackgenCore
import StackgenResolver

/// Writes one resolved stack as a CloudFormation template.
///
/// Sections come in a fixed order: AWSTemplateFormatVersion, Description, Transform,
/// Metadata, Parameters, Rules, Mappings, Conditions, Globals, Resources, Outputs. Parameters,
/// resources, conditions and outputs keep their declaration order (what the author
/// grouped stays together); mappings and every property map are sorted by key. A
/// parameter's keys: Type, Default, AllowedValues, then the rest alphabetically.
public enum TemplateEmitter {
    public static func template(for stack: ResolvedStack) -> JSONValue {
        var sections: [(String, JSONValue)] = [("AWSTemplateFormatVersion", .string("2010-09-09"))]
        let declaration = stack.declaration, resolution = stack.resolution
        if let description = declaration.description { sections.append(("Description", .string(description))) }
        switch stack.transforms.count {
        case 0: break
        case 1: sections.append(("Transform", .string(stack.transforms[0])))
        default: sections.append(("Transform", .array(stack.transforms.map(JSONValue.string))))
        }
        if !stack.metadata.isEmpty {
            sections.append(("Metadata", .sortedObject(stack.metadata.mapValues(ExprEncoder.encode))))
        }
        if !stack.parameters.isEmpty {
            sections.append(("Parameters", .object(stack.parameters.map { ($0.name, parameter($0)) })))
        }
        if !stack.rules.isEmpty {
            sections.append(("Rules", .sortedObject(stack.rules.mapValues(ExprEncoder.encode))))
        }
        if !declaration.mappings.isEmpty {
            sections.append(("Mappings", .object(declaration.mappings.sorted { $0.name < $1.name }.map { ($0.name, mapping($0)) })))
        }
        if !resolution.conditions.isEmpty {
            sections.append(("Conditions", .object(resolution.conditions.map { ($0.name, JSONValue.expression($0.expression)) })))
        }
        if !resolution.globals.isEmpty {
            sections.append(("Globals", .sortedObject(resolution.globals.mapValues(ExprEncoder.encode))))
        }
        sections.append(("Resources", .object(stack.resources.map { ($0.logicalID, resource($0)) })))
        if !stack.outputs.isEmpty {
            sections.append(("Outputs", .object(stack.outputs.map { ($0.key, output($0)) })))
        }
        return .object(sections)
    }

    private static func parameter(_ parameter: ParameterDeclaration) -> JSONValue {
        var fields: [(String, JSONValue)] = [("Type", .string(parameter.type.rawValue))]
        if let value = parameter.defaultValue { fields.append(("Default", JSONValue.expression(value))) }
        if !parameter.allowedValues.isEmpty {
            fields.append(("AllowedValues", .array(parameter.allowedValues.map(ExprEncoder.encode))))
        }
        let limits = parameter.constraints
        if let pattern = limits.allowedPattern { fields.append(("AllowedPattern", .string(pattern))) }
        if let text = limits.constraintDescription { fields.append(("ConstraintDescription", .string(text))) }
        if let description = parameter.description { fields.append(("Description", .string(description))) }
        if let value = limits.maxLength { fields.append(("MaxLength", .integer(value))) }
        if let value = limits.maxValue { fields.append(("MaxValue", number(value))) }
        if let value = limits.minLength { fields.append(("MinLength", .integer(value))) }
        if let value = limits.minValue { fields.append(("MinValue", number(value))) }
        if parameter.noEcho { fields.append(("NoEcho", .boolean(true))) }
        return .object(fields)
    }

    /// Whole bounds are written as integers (`7`, not `7.0`), as templates usually have them.
    private static func number(_ value: Double) -> JSONValue {
        value.wholeValue.map(JSONValue.integer) ?? .number(value)
    }

    private static func mapping(_ mapping: MappingDeclaration) -> JSONValue {
        .sortedObject(mapping.entries.mapValues { .sortedObject($0.mapValues(ExprEncoder.encode)) })
    }

    private static func resource(_ resource: ResourceDeclaration) -> JSONValue {
        var fields: [(String, JSONValue)] = [("Type", .string(resource.type))]
        if let condition = resource.condition { fields.append(("Condition", .string(condition))) }
        switch resource.dependsOn.count {
        case 0: break
        case 1: fields.append(("DependsOn", .string(resource.dependsOn[0])))
        default: fields.append(("DependsOn", .array(resource.dependsOn.map(JSONValue.string))))
        }
        if let metadata = resource.metadata { fields.append(("Metadata", JSONValue.expression(metadata))) }
        if !resource.properties.isEmpty {
            fields.append(("Properties", .expression(.map(resource.properties))))
        }
        if let policy = resource.creationPolicy { fields.append(("CreationPolicy", JSONValue.expression(policy))) }
        if let policy = resource.deletionPolicy { fields.append(("DeletionPolicy", .string(policy.rawValue))) }
        if let policy = resource.updatePolicy { fields.append(("UpdatePolicy", JSONValue.expression(policy))) }
        if let policy = resource.updateReplacePolicy { fields.append(("UpdateReplacePolicy", .string(policy.rawValue))) }
        return .object(fields)
    }

    private static func output(_ output: OutputDeclaration) -> JSONValue {
        var fields: [(String, JSONValue)] = []
        if let description = output.description { fields.append(("Description", .string(description))) }
        if let condition = output.condition { fields.append(("Condition", .string(condition))) }
        fields.append(("Value", JSONValue.expression(output.value)))
        if let name = output.exportName { fields.append(("Export", .object([("Name", .string(name))]))) }
        return .object(fields)
    }
}
