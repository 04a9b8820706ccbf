import Foundation

/// Turns a schema's `description` into Markdown lines for a `///` comment. The registry
/// schemas write for the CloudFormation docs: reStructuredText-ish literals and links, `+`
/// bullets, lines indented at random (which Markdown would read as code blocks), sometimes
/// HTML, and now and then a character that would end a `//` comment early.
enum DocText {
    /// The description as Markdown lines, `""` between paragraphs (never two in a row, none
    /// first or last); empty when there is none.
    /// No line has leading or trailing spaces, so a caller can indent every line alike.
    static func lines(_ raw: String?) -> [String] {
        guard let raw else { return [] }
        var text = sourceSafe(raw)
        if blockTags.contains(where: { text.range(of: $0, options: .caseInsensitive) != nil }) {
            text = htmlBlocks(text)
        }
        text = rewrite(text, inlineRules)
        // The schemas break a line where the docs start a paragraph; Markdown would join the
        // lines, so each becomes a paragraph, except that a run of list items stays one list.
        var result: [String] = []
        for line in text.split(separator: "\n") {
            let markdown = blockSafe(bullet(line.trimmingCharacters(in: .whitespaces)))
            guard !markdown.isEmpty else { continue }
            if let last = result.last, !(isListItem(last) && isListItem(markdown)) { result.append("") }
            result.append(markdown)
        }
        return result
    }

    private static func isListItem(_ line: String) -> Bool {
        line.hasPrefix("- ") || line.hasPrefix("* ") || line.range(of: "^[0-9]+[.)] ", options: .regularExpression) != nil
    }

    /// Line breaks as `\n` (a CR, or U+2029/0085 inside a `//` comment would end it or
    /// confuse editors), every other control character as a space, and so U+2028: the one
    /// schema that has it breaks a sentence with it.
    static func sourceSafe(_ raw: String) -> String {
        var scalars = String.UnicodeScalarView()
        var afterCR = false
        for scalar in raw.unicodeScalars {
            defer { afterCR = scalar == "\r" }
            switch scalar {
            case "\n":
                if !afterCR { scalars.append("\n") }
            case "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2029}":
                scalars.append("\n")
            case "\u{2028}":
                scalars.append(" ")
            default:
                scalars.append(scalar.properties.generalCategory == .control ? " " : scalar)
            }
        }
        return String(scalars)
    }

    // MARK: - Markup

    private static let blockTags = ["<p>", "<li>", "<ul>", "<ol>", "<br"]

    /// HTML ignores line breaks and indentation, so the text is one line until its block
    /// tags say where paragraphs and list items begin.
    private static func htmlBlocks(_ text: String) -> String {
        var flat = rewrite(text, [(pattern("\\s+"), " ")])
        flat = rewrite(
            flat,
            [
                (pattern("(?i)\\s*</?(p|ul|ol)>\\s*"), "\n\n"),
                (pattern("(?i)\\s*<li>\\s*"), "\n- "),
                (pattern("(?i)\\s*</li>\\s*"), "\n"),
                (pattern("(?i)\\s*<br\\s*/?>\\s*"), "\n"),
            ])
        return flat
    }

    /// Applied in order to the whole text.
    private static let inlineRules: [(NSRegularExpression, String)] = [
        // RST links: `Text <https://…>`_ and anonymous `Text <https://…>`__.
        (pattern("`([^`<>\\n]+?)\\s*<([^<>`\\s]+)>`__?"), "[$1]($2)"),
        // Two RST literals written back to back (``a````b``) stay two code spans; an empty
        // one (```` where the docs dropped a value) goes.
        (pattern("(?<=[^`\\s])````(?=[^`\\s])"), "`` ``"),
        (pattern("````"), ""),
        (pattern("``([^`\\n]+?)``"), "`$1`"),
        // What is left of broken literals must not open a fenced code block.
        (pattern("`{2,}"), "`"),
        (pattern("(?is)<code>\\s*(.*?)\\s*</code>"), "`$1`"),
        // Some schemas escape the quotes: `<a href=\"…\">`.
        (pattern("(?is)<a\\s+href=\\\\?\"([^\"\\\\]*)\\\\?\"[^>]*>\\s*(.*?)\\s*</a>"), "[$2]($1)"),
        (pattern("(?is)<(b|strong)>\\s*(.*?)\\s*</\\1>"), "**$2**"),
        (pattern("(?is)<(i|em)>\\s*(.*?)\\s*</\\1>"), "*$2*"),
        (pattern("(?i)</?note>"), ""),
    ]

    /// `+ item` → `- item`.
    private static func bullet(_ line: String) -> String {
        guard line.hasPrefix("+"), line.count > 1, line.dropFirst().first?.isWhitespace == true else { return line }
        return "- " + line.dropFirst().trimmingCharacters(in: .whitespaces)
    }

    /// A line that Markdown would read as a heading or a rule (`# …`, `---`, `===`) is text,
    /// and a `<placeholder>` outside code is shown, not taken for HTML.
    private static func blockSafe(_ line: String) -> String {
        var line = line
        if line.hasPrefix("#") || (!line.isEmpty && line.allSatisfy({ $0 == "-" || $0 == "=" })) {
            line = "\\" + line
        }
        guard line.contains("<") else { return line }
        // Odd pieces are code spans: leave them as they are.
        return line.components(separatedBy: "`").enumerated().map { index, piece in
            index % 2 == 1 ? piece : rewrite(piece, [(placeholder, "\\\\<")])
        }.joined(separator: "`")
    }

    private static let placeholder = pattern("<(?=[A-Za-z/])(?!https?:)")

    private static func pattern(_ text: String) -> NSRegularExpression {
        // The patterns are literals of this file; one that does not compile is a bug here.
        guard let expression = try? NSRegularExpression(pattern: text) else {
            preconditionFailure("invalid pattern \(text)")
        }
        return expression
    }

    private static func rewrite(_ text: String, _ rules: [(NSRegularExpression, String)]) -> String {
        rules.reduce(text) { text, rule in
            rule.0.stringByReplacingMatches(
                in: text, range: NSRange(text.startIndex..., in: text), withTemplate: rule.1)
        }
    }
}

extension DocText {
    /// A Markdown list item: `head` then the description, whose further lines are indented to
    /// the item's content column, so DocC keeps them (paragraphs, nested bullets) in the item.
    static func item(_ head: String, _ description: String?, indent: String) -> [String] {
        let lines = lines(description)
        guard let first = lines.first else { return [head] }
        return [head + " " + first] + lines.dropFirst().map { $0.isEmpty ? "" : indent + $0 }
    }

    /// `facts`, then the description as the paragraphs that follow.
    static func paragraphs(_ facts: [String], _ description: String?) -> [String] {
        let lines = lines(description)
        return lines.isEmpty ? facts : facts + [""] + lines
    }
}
