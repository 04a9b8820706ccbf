/// What the AWS CLI runner needs besides the plan: where things are, and how to behave.
public struct DeploySettings: Sendable {
    public let app: String
    /// Absolute; templates are here, named as the plan says.
    public let outputFolder: String
    /// Absolute; packaged templates go here (the CLI creates it, inside `.stackgen/`).
    public let packagedFolder: String
    /// Absolute; script steps run here.
    public let sourceRoot: String
    /// Stacks whose templates name local artifacts: `aws cloudformation package` first.
    public let stacksWithAssets: Set<String>
    /// `--parameter Name=value`: values for parameters the plan marks required.
    public let parameters: [String: String]
    public let pollSeconds: Double
    /// Read each running stack's newest event while it deploys (the live table shows it).
    public let liveEvents: Bool
    public let readFile: @Sendable (String) -> [UInt8]?

    public init(
        app: String, outputFolder: String, packagedFolder: String, sourceRoot: String, stacksWithAssets: Set<String>,
        parameters: [String: String] = [:], pollSeconds: Double = 2, liveEvents: Bool = false,
        readFile: @escaping @Sendable (String) -> [UInt8]?
    ) {
        self.app = app
        self.outputFolder = outputFolder
        self.packagedFolder = packagedFolder
        self.sourceRoot = sourceRoot
        self.stacksWithAssets = stacksWithAssets
        self.parameters = parameters
        self.pollSeconds = pollSeconds
        self.liveEvents = liveEvents
        self.readFile = readFile
    }
}
