extension CheckInputs {
    /// The stack name of a template that neither `samconfig.toml` nor `--stack` names: SAM's
    /// layout (one `template.yaml` per folder) names it after its folder; several templates
    /// side by side are named after their files, since one folder name for all of them would
    /// make every one but the first a duplicate stack (SG106) the user never wrote. Either
    /// name is then made a valid stack name, so `my_stack.yaml` does not fail SG101.
    static func defaultStackName(of file: String, sharingItsFolder: Bool, workingDirectory: String) -> String {
        let fileName = String(file.split(separator: "/").last ?? "")
        let stem = fileName.lastIndex(of: ".").map { String(fileName[..<$0]) } ?? fileName
        let raw: String
        if sharingItsFolder && stem != "template" {
            raw = stem
        } else {
            let folder = parent(of: file)
            let path = normalized(folder.isEmpty || folder == "." ? workingDirectory : folder)
            raw = path.split(separator: "/").last.map(String.init) ?? "stack"
        }
        return validStackName(raw)
    }

    /// CloudFormation's stack names: a letter, then letters, digits and hyphens, 128 at most.
    /// Every other run of characters becomes one hyphen.
    static func validStackName(_ raw: String) -> String {
        var name = ""
        for scalar in raw.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                name.unicodeScalars.append(scalar)
            } else if !name.isEmpty, !name.hasSuffix("-") {
                name.append("-")
            }
        }
        if !(name.unicodeScalars.first.map { $0.properties.isAlphabetic } ?? false) { name = "stack-" + name }
        name = String(name.prefix(128))
        while name.hasSuffix("-") { name.removeLast() }
        return name
    }
}
