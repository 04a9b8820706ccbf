/// `--stack NAME=PATH[@REGION]` and `--param STACK.PARAM=VALUE`, parsed.
extension CheckInputs {
    static func stackOptions(_ values: [String], command: CommandSpec) throws(UsageError) -> [StackOption] {
        try values.map { (value: String) throws(UsageError) -> StackOption in
            guard let equals = value.firstIndex(of: "="), equals != value.startIndex else {
                throw UsageError(message: "'--stack \(value)' is not NAME=PATH[@REGION]", command: command)
            }
            let name = String(value[..<equals])
            var path = String(value[value.index(after: equals)...])
            var region: String?
            if let at = path.lastIndex(of: "@") {
                region = String(path[path.index(after: at)...])
                path = String(path[..<at])
            }
            guard !path.isEmpty, region?.isEmpty != true else {
                throw UsageError(message: "'--stack \(value)' is not NAME=PATH[@REGION]", command: command)
            }
            return StackOption(name: name, path: path, region: region)
        }
    }

    static func parameterOptions(_ values: [String], command: CommandSpec) throws(UsageError) -> [String: [String: String]] {
        var result: [String: [String: String]] = [:]
        for value in values {
            guard let equals = value.firstIndex(of: "="), let dot = value[..<equals].lastIndex(of: "."),
                dot != value.startIndex, value.index(after: dot) != equals
            else {
                throw UsageError(message: "'--param \(value)' is not STACK.PARAM=VALUE", command: command)
            }
            result[String(value[..<dot]), default: [:]][String(value[value.index(after: dot)..<equals])] =
                String(value[value.index(after: equals)...])
        }
        return result
    }
}
