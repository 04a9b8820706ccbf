import Testing
@testable import StackgenCore

@Suite struct ValueTests {
    @Test func literalsLowerToPlainValues() {
        let text: Value<String> = "hello"
        let number: Value<Int> = 30
        let ratio: Value<Double> = 0.5
        let flag: Value<Bool> = true
        let list: Value<[String]> = ["a", "b"]
        let map: Value<[String: String]> = ["k": "v"]
        #expect(text.expression == .string("hello"))
        #expect(number.expression == .integer(30))
        #expect(ratio.expression == .number(0.5))
        #expect(flag.expression == .boolean(true))
        #expect(list.expression == .list([.string("a"), .string("b")]))
        #expect(map.expression == .map(["k": .string("v")]))
    }

    @Test func interpolationKeepsIntrinsicsAndMergesLiterals() {
        var stack = Stack("s")
        let bucket = stack.add("Bucket", GenericResource("AWS::S3::Bucket"))
        let arn: Value<String> = "arn:\(AWS.partition):s3:::\(bucket.ref)/\("images")/*"
        #expect(
            arn.expression
                == .concat([
                    .string("arn:"), .pseudo(.partition), .string(":s3:::"),
                    .ref(Address(stack: "s", logicalID: "Bucket", kind: .resource)), .string("/images/*"),
                ]))
        let plain: Value<String> = "a\("b")c"
        #expect(plain.expression == .string("abc"))
    }

    @Test func intrinsicsBuildTheirCloudFormationShape() {
        var stack = Stack("s")
        let flag = stack.parameter("Flag", default: "true")
        let enabled = stack.condition("Enabled", Fn.equals(flag.value, "true"))
        let chosen = Fn.if(enabled, Value<Int>(1), else: 2)
        #expect(chosen.expression == .if(condition: "Enabled", then: .integer(1), else: .integer(2)))
        #expect(Fn.select(0, Fn.getAZs()).expression == .function("Select", .list([.string("0"), .function("GetAZs", .string(""))])))
        #expect(AWS.noValue(String.self).expression == .pseudo(.noValue))
        #expect(Fn.not(.condition(enabled)).expression == .function("Not", .list([.conditionRef("Enabled")])))
    }

    @Test func stackRecordsDeclarationsWithCallSites() {
        var stack = Stack("s")
        let line = #line + 1
        let table = stack.add("Table", GenericResource("AWS::DynamoDB::Table"), deletionPolicy: .retain)
        #expect(table.address == Address(stack: "s", logicalID: "Table", kind: .resource))
        #expect(stack.resources[0].location == SourceLocation(file: #fileID, line: line))
        #expect(stack.resources[0].deletionPolicy == .retain)
    }

    @Test func suggestionsPickTheClosestNameStably() {
        #expect(Suggestion.closest(to: "synht", in: ["synth", "plan", "list"]) == "synth")
        #expect(Suggestion.closest(to: "zzzzzz", in: ["synth", "plan"]) == nil)
        #expect(Suggestion.closest(to: "ab", in: ["ac", "aa"]) == "aa")
    }
}
