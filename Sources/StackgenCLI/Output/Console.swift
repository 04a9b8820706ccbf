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
    public static var standard: Console {
        let noColor = POSIX.environment("NO_COLOR").map { !$0.isEmpty } ?? false
        return Console(
            out: { text in StandardStream.output.write(text) },
            err: { text in StandardStream.error.write(text) },
            colorErrors: !noColor && POSIX.isTerminal(2))
    }

    func paint(_ text: String, _ color: Color) -> String {
        colorErrors ? "\u{1B}[\(color.rawValue)m\(text)\u{1B}[0m" : text
    }

    enum Color: String {
        case red = "1;31", yellow = "1;33", bold = "1"
    }
}
