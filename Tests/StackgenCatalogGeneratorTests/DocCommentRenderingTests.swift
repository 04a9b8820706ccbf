import Testing

@testable import StackgenCatalogGenerator

/// Schema descriptions in, documentation comments out.
@Suite("Generator documentation comments")
struct DocCommentRenderingTests {
    private func render(_ schema: String, typeName: String = "AWS::Demo::Widget") throws -> String {
        try renderSchema(schema, typeName: typeName)
    }

    /// The `///` lines right above `declaration`, without their indentation.
    private func comment(above declaration: String, in swift: String) throws -> [String] {
        let lines = swift.components(separatedBy: "\n")
        let index = try #require(lines.firstIndex { $0.contains(declaration) })
        var comment: [String] = []
        for line in lines[..<index].reversed() {
            let trimmed = line.drop { $0 == " " }
            guard trimmed.hasPrefix("///") else { break }
            comment.insert(String(trimmed), at: 0)
        }
        return comment
    }

    @Test func aTypeDescriptionFollowsTheFactsOfTheResourceANestedTypeAndAnAttribute() throws {
        let swift = try render(
            #"""
            {
              "description": "The ``AWS::Demo::Widget`` resource makes a widget.\n Keep in mind:\n  +  one\n  +  two",
              "definitions": {
                "Size": {"type": "object", "description": "How big a widget is.", "properties": {"Width": {"type": "integer"}}}
              },
              "properties": {"Size": {"$ref": "#/definitions/Size"}, "Arn": {"type": "string", "description": "The widget's ARN."}},
              "readOnlyProperties": ["/properties/Arn"]
            }
            """#)
        #expect(
            try comment(above: "public struct Widget:", in: swift) == [
                "/// The `AWS::Demo::Widget` resource type.",
                "///",
                "/// Documentation: <https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-demo-widget.html>",
                "///",
                "/// The `AWS::Demo::Widget` resource makes a widget.",
                "///",
                "/// Keep in mind:",
                "///",
                "/// - one",
                "/// - two",
            ])
        #expect(
            try comment(above: "public struct Size:", in: swift) == [
                "/// A property type of `AWS::Demo::Widget`.",
                "///",
                "/// How big a widget is.",
            ])
        #expect(
            try comment(above: "public var arn:", in: swift) == [
                "/// `Fn::GetAtt` `Arn` of `AWS::Demo::Widget`.",
                "///",
                "/// The widget's ARN.",
            ])
    }

    @Test func aMultiLineParameterDescriptionStaysInItsBulletWithLinksAndLiteralsInMarkdown() throws {
        let swift = try render(
            #"""
            {
              "properties": {
                "DelaySeconds": {
                  "type": "integer",
                  "description": "The time in seconds, ``0`` to ``900``. \n See `Delay queues <https://docs.aws.amazon.com/delay.html>`__ and `Limits <https://docs.aws.amazon.com/limits.html>`_.  \n\n\n\n  +  ``a``: first\n  +   second  "
                },
                "Name": {"type": "string", "description": "The name."},
                "Plain": {"type": "string"}
              },
              "required": ["Name"]
            }
            """#)
        #expect(
            try comment(above: "public init(", in: swift) == [
                "/// - Parameters:",
                "///   - name: `Name`, required. The name.",
                "///   - delaySeconds: `DelaySeconds`, optional. The time in seconds, `0` to `900`.",
                "///",
                "///     See [Delay queues](https://docs.aws.amazon.com/delay.html) and [Limits](https://docs.aws.amazon.com/limits.html).",
                "///",
                "///     - `a`: first",
                "///     - second",
                "///   - plain: `Plain`, optional.",
            ])
    }

    @Test func anEnumCarriesTheDescriptionOfTheFieldItWasDeclaredFor() throws {
        let swift = try render(
            #"""
            {
              "properties": {
                "Mode": {"type": "string", "enum": ["FAST", "SLOW"], "description": "How the widget runs.\nUse ``FAST`` for tests."}
              }
            }
            """#)
        #expect(
            try comment(above: "public struct Mode:", in: swift) == [
                "/// A string enum of `AWS::Demo::Widget`; `.custom(_:)` takes a value newer than the schema.",
                "///",
                "/// Allowed values: `FAST`, `SLOW`.",
                "///",
                "/// How the widget runs.",
                "///",
                "/// Use `FAST` for tests.",
            ])
    }

    @Test func controlCharactersAndForeignLineBreaksCannotBreakTheComment() throws {
        let swift = try render(
            #"""
            {
              "properties": {
                "Name": {"type": "string", "description": "one\r\ntwo\rthree\u2029four\u2028five\u0007six\tseven\u0000*/ eight"}
              }
            }
            """#)
        #expect(
            try comment(above: "public init(", in: swift) == [
                "/// - Parameters:",
                "///   - name: `Name`, optional. one",
                "///",
                "///     two",
                "///",
                "///     three",
                "///",
                "///     four five six seven */ eight",
            ])
        let unsafe = swift.unicodeScalars.filter {
            ($0.properties.generalCategory == .control && $0 != "\n") || $0 == "\u{2028}" || $0 == "\u{2029}"
        }
        #expect(unsafe.isEmpty)
    }

    @Test func htmlAndBrokenMarkupBecomeMarkdown() {
        #expect(
            DocText.lines(
                #"<p>Uses <code>x</code>, see <a href=\"https://a.example\">the  guide</a>.</p>\#n   <ul><li>one</li>\#n <li><b>two</b></li></ul>"#
            ) == [
                "Uses `x`, see [the guide](https://a.example).",
                "",
                "- one",
                "- **two**",
            ])
        #expect(
            DocText.lines("deny```` - no. ``TCP````udp``. # not a heading\n# title\n---\n<region> `<kept>`")
                == ["deny - no. `TCP` `udp`. # not a heading", "", "\\# title", "", "\\---", "", "\\<region> `<kept>`"])
        #expect(DocText.lines(nil) == [])
        #expect(DocText.lines(" \n\t\n") == [])
    }

    @Test func aSharedShapeTakesTheFirstOwnersDescriptionsAndDescriptionsDoNotStopSharing() throws {
        func schema(_ type: String, _ words: String) -> String {
            """
            {
              "definitions": {
                "Setting": {
                  "type": "object", "description": "A setting \(words).",
                  "properties": {"Key": {"type": "string", "description": "The key \(words)."}}
                }
              },
              "properties": {"Setting": {"$ref": "#/definitions/Setting"}}
            }
            """
        }
        // Given out of order: the owner that comes first by type name is Alpha.
        let models = try [("Beta", "of beta"), ("Alpha", "of alpha")].map { type, words in
            ResourceReader.read(typeName: "AWS::Demo::\(type)", schema: try JSONValue.parse(schema(type, words)))
        }
        let sharing = NestedTypeSharing(models)
        #expect(sharing.shared.keys.sorted() == ["Setting"])
        #expect(sharing.aliased == ["Alpha": ["Setting"], "Beta": ["Setting"]])
        let files = Dictionary(
            ServiceRenderer.render(namespace: "Demo", models: models, sharing: sharing), uniquingKeysWith: { a, _ in a })
        let shared = try #require(files["Demo.Shared+Generated.swift"])
        #expect(
            try comment(above: "public struct Setting:", in: shared) == [
                "/// A property type of 2 resource types of `AWS::Demo`.",
                "///",
                "/// A setting of alpha.",
            ])
        #expect(shared.contains("///   - key: `Key`, optional. The key of alpha.\n"))
        #expect(!shared.contains("beta"))
    }
}
