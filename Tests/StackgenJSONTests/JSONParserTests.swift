import Testing
import StackgenJSON

@Suite struct JSONParserTests {
    @Test func objectsKeepMemberOrderAndNumbersKeepTheirKind() throws {
        let node = try JSONNode.parse(#"{"b": [1, -2.5, 1e3, true, false, null], "a": {}, "c": "x"}"#)
        #expect(node.members?.map(\.key) == ["b", "a", "c"])
        #expect(node["b"] == .array([.integer(1), .number(-2.5), .number(1000), .bool(true), .bool(false), .null]))
        #expect(node["a"] == .object([]))
        #expect(node["c"]?.string == "x")
        #expect(node["missing"] == nil)
        #expect(node["b"]?[9] == nil)
    }

    @Test func escapesDecodeToTheirCharacters() throws {
        let node = try JSONNode.parse(#""q\" b\\ s\/ \b\f\n\r\t \u00e9 \ud83c\udf78 é""#)
        #expect(node.string == "q\" b\\ s/ \u{08}\u{0C}\n\r\t é 🍸 é")
    }

    @Test func readsBackWhatTheEmitterWrites() throws {
        let text = "{\n  \"Resources\": {\n    \"Topic\": {\n      \"Type\": \"AWS::SNS::Topic\"\n    }\n  }\n}\n"
        let node = try JSONNode.parse(text)
        #expect(node["Resources"]?["Topic"]?["Type"]?.string == "AWS::SNS::Topic")
    }

    @Test(arguments: [
        ("{\"a\": 1,}", "1:9: expected a member name in double quotes"),
        ("[1 2]", "1:4: expected ',' or ']' in array"),
        ("{\n  \"a\" 1\n}", "2:7: expected ':' after member name"),
        ("\"open", "1:6: unterminated string"),
        ("\"tab\there\"", "1:5: control character in string; write it escaped"),
        ("\"\\x\"", "1:3: unknown escape '\\x'"),
        ("\"\\ud800\"", "1:8: unpaired surrogate in \\u escape"),
        ("01", "1:2: unexpected text after the JSON value"),
        ("-", "1:2: expected a digit"),
        ("1e999", "1:1: number '1e999' is out of range"),
        ("tru", "1:1: unexpected character 't', expected a value"),
        ("", "1:1: unexpected end of input, expected a value"),
        ("{\"a\": [1}", "1:9: expected ',' or ']' in array"),
        ("{\"a\": 1", "1:8: unexpected end of input, expected ',' or '}' in object"),
    ])
    func malformedInputIsRefusedWithItsPlace(input: String, expected: String) {
        #expect(throws: JSONParseError.self) { try JSONNode.parse(input) }
        do {
            _ = try JSONNode.parse(input)
        } catch {
            #expect(error.description == expected)
        }
    }

    @Test func invalidUTF8IsRefused() {
        do {
            _ = try JSONNode.parse([0x22, 0xFF, 0x22])
            Issue.record("accepted invalid UTF-8")
        } catch {
            #expect(error.description == "1:2: string is not valid UTF-8")
        }
    }

    @Test func deepNestingIsRefusedNotACrash() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        do {
            _ = try JSONNode.parse(deep)
            Issue.record("accepted nesting of 100,000 levels")
        } catch {
            #expect(error.message == "nesting deeper than 512 levels")
        }
        let allowed = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        #expect((try? JSONNode.parse(allowed)) != nil)
    }
}
