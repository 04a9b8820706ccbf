import StackgenReader

/// One template to check: its path as the user gave it, the stack it deploys as, and the
/// parameter values known before deploy (samconfig `parameter_overrides`, then `--param`).
public struct TemplateInput: Sendable {
    public let path: String
    public let template: TemplateNode
    public let stackName: String
    public let region: String
    public let parameterValues: [String: String]
    /// Bytes of the file: its deploy command uploads it through S3 above CloudFormation's
    /// inline limit.
    public let size: Int
    /// What reading changed before the checks ran (`Fn::ForEach` loops expanded), one line
    /// each, for the import report.
    public let notes: [String]

    /// `template` as read; its `Fn::ForEach` loops are expanded here, so every stage sees the
    /// resources CloudFormation will.
    public init(
        path: String, template: TemplateNode, stackName: String, region: String, parameterValues: [String: String], size: Int = 0
    ) {
        let expanded = ForEachExpansion.expand(
            template, file: path,
            evaluator: StaticEvaluator(template, stackName: stackName, region: region, parameterValues: parameterValues))
        self.path = path
        self.template = expanded.template
        self.notes = expanded.notes
        self.stackName = stackName
        self.region = region
        self.parameterValues = parameterValues
        self.size = size
    }
}
