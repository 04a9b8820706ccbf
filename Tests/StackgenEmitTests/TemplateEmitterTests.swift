import Testing
import StackgenCore
@testable import StackgenEmit
import StackgenPipeline

@Suite struct TemplateEmitterTests {
    @Test func intrinsicsHaveTheirCloudFormationShape() {
        let address = Address(stack: "s", logicalID: "Bucket", kind: .resource)
        #expect(ExprEncoder.encode(.ref(address)) == .object([("Ref", .string("Bucket"))]))
        #expect(ExprEncoder.encode(.getAtt(address, attribute: "Arn")) == .object([("Fn::GetAtt", .array([.string("Bucket"), .string("Arn")]))]))
        #expect(ExprEncoder.encode(.pseudo(.region)) == .object([("Ref", .string("AWS::Region"))]))
        #expect(ExprEncoder.encode(.conditionRef("IsProd")) == .object([("Condition", .string("IsProd"))]))
        #expect(ExprEncoder.encode(.sub("a-${X}", variables: [:])) == .object([("Fn::Sub", .string("a-${X}"))]))
    }

    @Test func interpolationBecomesSubWhileItCanAndJoinOtherwise() {
        let address = Address(stack: "s", logicalID: "Bucket", kind: .resource)
        let local = Expr.concat([.string("arn:${literal}:"), .pseudo(.partition), .string(":"), .getAtt(address, attribute: "Arn")])
        #expect(ExprEncoder.encode(local) == .object([("Fn::Sub", .string("arn:${!literal}:${AWS::Partition}:${Bucket.Arn}"))]))
        let imported = Expr.concat([.string("https://"), .importValue("api:domain")])
        #expect(
            ExprEncoder.encode(imported)
                == .object([("Fn::Join", .array([.string(""), .array([.string("https://"), .object([("Fn::ImportValue", .string("api:domain"))])])]))]))
    }

    @Test func sameAppGivesSameBytes() {
        let first = Pipeline.compile(FixtureApp.app).files
        let second = Pipeline.compile(FixtureApp.app).files
        #expect(!first.isEmpty)
        #expect(first == second)
    }

    @Test func oversizedTemplatesAreReported() {
        var app = App("huge", region: .euWest1)
        let hugeLine = #line + 1
        var stack = Stack("huge")
        let blob = String(repeating: "x", count: 4_000)
        for index in 0..<300 { stack.add("Topic\(index)", GenericResource("AWS::SNS::Topic", properties: ["DisplayName": .string(blob)])) }
        let mediumLine = #line + 1
        var small = Stack("medium")
        for index in 0..<20 { small.add("Topic\(index)", GenericResource("AWS::SNS::Topic", properties: ["DisplayName": .string(blob)])) }
        app.add([stack, small])
        let result = Pipeline.compile(app)
        let file = "StackgenEmitTests/TemplateEmitterTests.swift"
        #expect(
            result.diagnostics.sorted.map(\.description) == [
                """
                \(file):\(hugeLine): error[SG306]: template of 'huge' is 1234158 bytes; CloudFormation accepts at most 1,000,000
                  at: stack huge
                  hint: split the stack; stackgen wires the references between the parts
                """,
                """
                \(file):\(mediumLine): warning[SG305]: template of 'medium' is 82318 bytes, over the 51,200 bytes allowed inline
                  at: stack medium
                  hint: the plan's deploy command uploads it through S3: set STACKGEN_ARTIFACT_BUCKET
                """,
            ])
        #expect(result.files.isEmpty)
    }
}

@Suite struct ParallelRenderTests {
    @Test func parallelRenderingGivesTheSameBytesInTheSameOrder() throws {
        var app = App("many", region: .euWest1)
        for index in 0..<12 {
            var stack = Stack("many-\(index)")
            for number in 0..<40 {
                stack.add("Topic\(number)", GenericResource("AWS::SNS::Topic", properties: ["DisplayName": "\(index)-\(number) é\u{2028}"]))
            }
            app.add(stack)
        }
        let resolved = try #require(Pipeline.compile(app).resolved)
        let sequential = ParallelRender.templates(for: resolved.stacks, parallelAbove: .max)
        let parallel = ParallelRender.templates(for: resolved.stacks, parallelAbove: 0)
        #expect(sequential.count == 12)
        #expect(parallel == sequential)
    }
}
