/// Reads a CloudFormation or SAM template, YAML or JSON (JSON is YAML flow syntax, so one
/// reader serves both), into the tree cfn-lint's decoder would build.
public enum TemplateReader {
    /// `file` names the template in errors.
    public static func read(_ bytes: [UInt8], file: String) throws(ReadError) -> TemplateNode {
        var parser = YAMLParser(bytes: bytes, file: file)
        return try parser.parseDocument()
    }

    public static func read(_ text: String, file: String) throws(ReadError) -> TemplateNode {
        try read(Array(text.utf8), file: file)
    }
}
