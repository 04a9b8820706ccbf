import StackgenJSON

extension AWSCLI {
    /// Logical id and type of the resources a deployed stack keeps when it is deleted
    /// (`DeletionPolicy: Retain`), read from its template as submitted; none when it cannot be read.
    func retainedResources(of stack: String, region: String) -> [(id: String, type: String)] {
        let result = call(
            [
                "cloudformation", "get-template", "--stack-name", stack, "--template-stage", "Original", "--query", "TemplateBody",
                "--output", "json",
            ],
            region: region)
        guard result.succeeded, var template = try? JSONNode.parse(Array(result.stdout.utf8)) else { return [] }
        // A template submitted as JSON comes back as one string holding it.
        if let text = template.string, let parsed = try? JSONNode.parse(Array(text.utf8)) { template = parsed }
        return (template["Resources"]?.members ?? []).compactMap { member in
            guard member.value["DeletionPolicy"]?.string?.hasPrefix("Retain") == true else { return nil }
            return (member.key, member.value["Type"]?.string ?? "?")
        }
    }
}
