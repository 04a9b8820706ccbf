import StackgenFacts
import StackgenJSON

/// The resources the SAM transform adds for a template's declared `AWS::Serverless::*`
/// resources, which the template may name in `Ref`, `Fn::GetAtt` and `DependsOn` before the
/// transform runs. The names come from StackgenFacts (read from aws-sam-translator), the
/// declarations from the template's own JSON.
enum SAMGeneratedResources {
    static func all(in resources: [JSONMember]) -> [SAMGeneratedResource] {
        resources.flatMap { member -> [SAMGeneratedResource] in
            guard let type = member.value["Type"]?.string, type.hasPrefix("AWS::Serverless::") else { return [] }
            let properties = member.value["Properties"]
            let events = (properties?["Events"]?.members ?? []).map { event in
                SAMEvent(name: event.key, type: event.value["Type"]?.string ?? "", properties: literals(of: event.value["Properties"]))
            }
            return SAMFacts.generatedResources(
                of: SAMResource(logicalID: member.key, type: type, properties: literals(of: properties), events: events))
        }
    }

    /// Set keys → their literal string value, or nil when the value is anything else.
    private static func literals(of node: JSONNode?) -> [String: String?] {
        var result: [String: String?] = [:]
        for member in node?.members ?? [] { result.updateValue(member.value.string, forKey: member.key) }
        return result
    }
}
