import Testing
@testable import StackgenEmit

@Suite struct CanonicalJSONTests {
    @Test func layoutIsTwoSpaceIndentWithTrailingNewline() {
        let value = JSONValue.object([("b", .array([.integer(1), .boolean(false), .null])), ("a", .object([])), ("c", .array([]))])
        #expect(CanonicalJSON.string(value) == "{\n  \"b\": [\n    1,\n    false,\n    null\n  ],\n  \"a\": {},\n  \"c\": []\n}\n")
    }

    @Test func stringsEscapeOnlyWhatJSONNeeds() {
        let text = "quote\" backslash\\ slash/ tab\t newline\n cr\r bell\u{07} del\u{7F} ls\u{2028} é 🍸"
        let expected = #""quote\" backslash\\ slash/ tab\t newline\n cr\r bell\u0007 del\u007f ls\u2028 é 🍸""# + "\n"
        #expect(CanonicalJSON.string(.string(text)) == expected)
        #expect(CanonicalJSON.string(.string("\u{08}\u{0C}\u{00}")) == #""\b\f\u0000""# + "\n")
    }

    @Test func numbersHaveOneSpelling() {
        #expect(CanonicalJSON.format(1) == "1.0")
        #expect(CanonicalJSON.format(0.5) == "0.5")
        #expect(CanonicalJSON.format(-2.25) == "-2.25")
        #expect(CanonicalJSON.format(1e-5) == "1e-05")
        #expect(CanonicalJSON.format(1e20) == "1e+20")
        #expect(CanonicalJSON.format(.infinity) == "null")
        #expect(CanonicalJSON.format(.nan) == "null")
        #expect(CanonicalJSON.string(.integer(-42)) == "-42\n")
    }

    @Test func mapKeysSortByBytesNotLocale() {
        let value = JSONValue.sortedObject(["b": .integer(1), "B": .integer(2), "a": .integer(3), "É": .integer(4)])
        guard case .object(let fields) = value else { Issue.record("not an object"); return }
        #expect(fields.map(\.0) == ["B", "a", "b", "É"])
    }
}
