/// What the AWS CLI runner needs besides the plan: where things are, and how to behave.
public struct DeploySettings: Sendable {
    public let app: String
    /// Absolute; templates are here, named as the plan says.
    public let outputFolder: String
    /// Keeps a template `aws cloudformation package` printed in the output folder
    /// (`.stackgen/packaged/<name>`, written by the folder's owner, never by the CLI) and
    /// returns the path to deploy it from, or why it cannot.
    public let keepPackaged: @Sendable (_ name: String, _ bytes: [UInt8]) -> Result<String, WriteFailure>
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
        app: String, outputFolder: String, sourceRoot: String, stacksWithAssets: Set<String>,
        parameters: [String: String] = [:], pollSeconds: Double = 2, liveEvents: Bool = false,
        readFile: @escaping @Sendable (String) -> [UInt8]?,
        keepPackaged: @escaping @Sendable (_ name: String, _ bytes: [UInt8]) -> Result<String, WriteFailure>
    ) {
        self.app = app
        self.outputFolder = outputFolder
        self.sourceRoot = sourceRoot
        self.stacksWithAssets = stacksWithAssets
        self.parameters = parameters
        self.pollSeconds = pollSeconds
        self.liveEvents = liveEvents
        self.readFile = readFile
        self.keepPackaged = keepPackaged
    }

    public struct WriteFailure: Error, Sendable, Hashable {
        public let reason: String
        public init(reason: String) { self.reason = reason }
    }
}
