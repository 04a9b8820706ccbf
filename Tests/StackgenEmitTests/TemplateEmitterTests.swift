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

    /// Policies sit in CloudFormation's documented order around DeletionPolicy, a reference
    /// to another stack inside one becomes its import, and the template's Metadata and Rules
    /// come before Resources.
    @Test func policiesAndTemplateMetadata() throws {
        var app = App("fleet", region: .euWest1)
        var base = Stack("base")
        let size = base.output("Size", Value<String>("2"), exportName: "base-size")
        app.add(base.withTopicForPolicies())
        var web = Stack("web")
        web.metadata = ["AWS::CloudFormation::Interface": ["ParameterGroups": []]]
        web.rules = ["ProdOnly": ["Assertions": [["Assert": .function("Equals", .list([.pseudo(.region), "eu-west-1"]))]]]]
        web.add(
            "Group", GenericResource("AWS::AutoScaling::AutoScalingGroup", properties: ["MaxSize": "4", "MinSize": "1"]),
            deletionPolicy: .retain,
            creationPolicy: ["ResourceSignal": ["Count": 1, "Timeout": "PT15M"]],
            updatePolicy: ["AutoScalingRollingUpdate": ["MinInstancesInService": Expr(size.value)]])
        app.add(web)
        let result = Pipeline.compile(app)
        #expect(result.diagnostics.sorted.map(\.description) == [])
        let template = try #require(result.files.first { $0.path == "web.template.json" }).contents
        #expect(
            template == """
                {
                  "AWSTemplateFormatVersion": "2010-09-09",
                  "Metadata": {
                    "AWS::CloudFormation::Interface": {
                      "ParameterGroups": []
                    }
                  },
                  "Rules": {
                    "ProdOnly": {
                      "Assertions": [
                        {
                          "Assert": {
                            "Fn::Equals": [
                              {
                                "Ref": "AWS::Region"
                              },
                              "eu-west-1"
                            ]
                          }
                        }
                      ]
                    }
                  },
                  "Resources": {
                    "Group": {
                      "Type": "AWS::AutoScaling::AutoScalingGroup",
                      "Properties": {
                        "MaxSize": "4",
                        "MinSize": "1"
                      },
                      "CreationPolicy": {
                        "ResourceSignal": {
                          "Count": 1,
                          "Timeout": "PT15M"
                        }
                      },
                      "DeletionPolicy": "Retain",
                      "UpdatePolicy": {
                        "AutoScalingRollingUpdate": {
                          "MinInstancesInService": {
                            "Fn::ImportValue": "base-size"
                          }
                        }
                      }
                    }
                  }
                }

                """)
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

extension Stack {
    /// A stack needs a resource; this one's is beside the point of the test.
    fileprivate func withTopicForPolicies() -> Stack {
        var stack = self
        stack.add("Topic", GenericResource("AWS::SNS::Topic"))
        return stack
    }
}
