import Foundation

/// Where the CLI prints: data to `out`, diagnostics and errors to `err`. Tests capture
/// both in memory; the real binary writes to the process streams.
public struct Console: Sendable {
    public let out: @Sendable (String) -> Void
    public let err: @Sendable (String) -> Void
    /// Colour for diagnostics on stderr: only on a terminal, and never with `NO_COLOR`.
    public let colorErrors: Bool

    public init(out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void, colorErrors: Bool) {
        self.out = out
        self.err = err
        self.colorErrors = colorErrors
    }

    /// The process's own stdout and stderr.
    public static func standard(environment: [String: String]) -> Console {
        let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return Console(
            out: { text in FileHandle.standardOutput.write(Data(text.utf8)) },
            err: { text in FileHandle.standardError.write(Data(text.utf8)) },
            colorErrors: !noColor && isatty(2) == 1)
    }

    func paint(_ text: String, _ color: Color) -> String {
        colorErrors ? "\u{1B}[\(color.rawValue)m\(text)\u{1B}[0m" : text
    }

    enum Color: String {
        case red = "1;31", yellow = "1;33", bold = "1"
    }
}
