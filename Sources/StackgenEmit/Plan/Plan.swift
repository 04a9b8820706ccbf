import StackgenResolver

/// The deployment plan, as `plan.json` (version 1) and every other format show it.
/// Field meanings are the documented contract in README.md ("Plan JSON").
public struct Plan: Sendable, Hashable {
    public static let formatVersion = 1

    public let app: String
    public let steps: [Step]
    public let waves: [[String]]
    public let criticalPath: [String]
    /// Local files and folders the templates name (see `Plan+Asset.swift`).
    public var assets: [Asset] = []
    /// The app's source root relative to the output folder; script steps run there.
    public var sourceRoot: String = "."

    public struct Step: Sendable, Hashable {
        public enum Kind: String, Sendable { case stack, script }

        public let name: String
        public let kind: Kind
        public let region: String?
        public let account: String?
        public let wave: Int
        /// Relative to the output folder; nil for scripts.
        public let template: String?
        public let dependsOn: [Dependency]
        public let capabilities: [String]
        public let parameters: [Parameter]
        public let command: String
    }

    public struct Dependency: Sendable, Hashable {
        public let name: String
        /// Sorted by their text; `plan.json` writes the text.
        public let reasons: [EdgeReason]
    }

    /// A template parameter and where its value comes from at deploy time.
    public struct Parameter: Sendable, Hashable {
        public enum Source: Sendable, Hashable {
            /// Another stack's output, read by the deploy command (a use across regions).
            case output(stack: String, region: String, key: String)
            /// The template's default; the deploy command passes nothing.
            case defaultValue(JSONValue)
            /// No default and no binding: whoever deploys must pass a value.
            case required
            /// A value known before deploy that the template does not hold (a hand-written
            /// template's `samconfig.toml` `parameter_overrides`, `check --param`); the deploy
            /// command passes it.
            case given(String)
        }

        public let name: String
        public let source: Source
    }

    /// How many times faster the waves are than deploying one step after another, if every
    /// step took the same time.
    public var speedUp: Double {
        waves.isEmpty ? 1 : Double(steps.count) / Double(waves.count)
    }

    /// The waves that deploy at least one stack: scripts that only run after the last
    /// stack add a wave to the plan but not to the stacks' own order.
    public var stackWaves: Int {
        let stacks = Set(steps.filter { $0.kind == .stack }.map(\.name))
        return waves.filter { wave in wave.contains(where: stacks.contains) }.count
    }
}
