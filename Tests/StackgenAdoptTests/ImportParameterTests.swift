import Foundation
@testable import StackgenAdopt
import StackgenCore
import Testing

/// Parameters keep what the console and CloudFormation check before a deploy starts: their
/// AWS-specific types and their constraints (the startup-kit set lost 106 of them on import).
@Suite struct ImportParameterTests {
    @Test func typesAndConstraintsAreWrittenAsRead() throws {
        let template = """
            Parameters:
              KeyName: {Type: "AWS::EC2::KeyPair::KeyName"}
              Subnets: {Type: "List<AWS::EC2::Subnet::Id>"}
              Ami: {Type: "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>", Default: /aws/ami}
              Future: {Type: "AWS::Future::Thing::Id"}
              Size:
                Type: Number
                MinValue: 1
                MaxValue: "2.5"
                ConstraintDescription: between 1 and 2.5
              Name: {Type: String, MinLength: 3, MaxLength: 8, AllowedPattern: "[a-z\\\\-]+"}
            Resources:
              Queue: {Type: AWS::SQS::Queue}
            """
        try StackNamingTests().inFolder(["shop/template.yaml": template]) { folder in
            let result = StackNamingTests().run(["import", ".", "--app", "shop", "--out", "out"], in: folder)
            #expect(result.code == 0)
            let swift = try String(contentsOf: folder.appendingPathComponent("out/ShopStack.swift"), encoding: .utf8)
            let parameters = swift.split(separator: "\n").filter { $0.contains("stack.parameter(") }.map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(
                parameters == [
                    #"_ = stack.parameter("KeyName", type: .keyPairName, of: String.self)"#,
                    #"_ = stack.parameter("Subnets", type: .listOf(.subnetID), of: String.self)"#,
                    #"_ = stack.parameter("Ami", type: .ssmValue(.imageID), of: String.self, default: .string("/aws/ami"))"#,
                    #"_ = stack.parameter("Future", type: .custom("AWS::Future::Thing::Id"), of: String.self)"#,
                    #"_ = stack.parameter("Size", type: .number, of: String.self, constraints: ParameterConstraints(minValue: 1, maxValue: 2.5, constraintDescription: "between 1 and 2.5"))"#,
                    #"_ = stack.parameter("Name", type: .string, of: String.self, constraints: ParameterConstraints(minLength: 3, maxLength: 8, allowedPattern: "[a-z\\-]+"))"#,
                ])
            let report = try String(contentsOf: folder.appendingPathComponent("out/IMPORT-REPORT.md"), encoding: .utf8)
            #expect(!report.contains("Parameters."), "no parameter differs after synthesis")
        }
    }

    /// Resource policies, the template's Metadata (console parameter groups) and Rules are kept, so
    /// the synthesized template equals the input.
    @Test func policiesAndTemplateMetadataAreKept() throws {
        let template = """
            Metadata:
              AWS::CloudFormation::Interface:
                ParameterGroups: [{Label: {default: Network}, Parameters: [Size]}]
            Parameters:
              Size: {Type: Number, Default: 1}
            Rules:
              SmallFleet: {Assertions: [{Assert: !Equals [!Ref Size, "1"]}]}
            Resources:
              Group:
                Type: AWS::AutoScaling::AutoScalingGroup
                CreationPolicy: {ResourceSignal: {Count: 1, Timeout: PT15M}}
                UpdatePolicy: {AutoScalingRollingUpdate: {MinInstancesInService: !Ref Size}}
                Properties: {MaxSize: "4", MinSize: "1"}
            """
        try StackNamingTests().inFolder(["fleet/template.yaml": template]) { folder in
            let result = StackNamingTests().run(["import", ".", "--app", "fleet", "--out", "out"], in: folder)
            #expect(result.out.hasSuffix("0 differences after synthesis (see out/IMPORT-REPORT.md)\n"))
            let swift = try String(contentsOf: folder.appendingPathComponent("out/FleetStack.swift"), encoding: .utf8)
            #expect(swift.contains("stack.metadata = ["))
            #expect(swift.contains("stack.rules = ["))
            #expect(swift.contains("creationPolicy: .map(["))
            #expect(swift.contains("updatePolicy: .map(["))
        }
    }

    @Test func parameterTypesSpellCloudFormationsNames() {
        #expect(ParameterType.listOf(.subnetID).rawValue == "List<AWS::EC2::Subnet::Id>")
        #expect(ParameterType.ssmValue(.listOf(.string)).rawValue == "AWS::SSM::Parameter::Value<List<String>>")
        #expect(ParameterType.ssmImageID.rawValue == "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>")
        #expect(SwiftLiteral.parameterType(ParameterType(rawValue: "AWS::SSM::Parameter::Value<List<AWS::EC2::VPC::Id>>")) == ".ssmValue(.listOf(.vpcID))")
        #expect(SwiftLiteral.parameterType(ParameterType(rawValue: "List<Thing>")) == #".custom("List<Thing>")"#)
    }
}
