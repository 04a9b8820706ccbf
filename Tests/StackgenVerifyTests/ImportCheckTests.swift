import Testing

@Suite struct ImportCheckTests {
    static func producer(region: String = "eu-west-1", account: String? = nil, exportName: String = #""app-data:TableArn""#) -> FixtureStack {
        FixtureStack(
            name: "app-data", region: region, account: account, wave: 1,
            template: #"""
                {"Resources": {"Table": {"Type": "AWS::SNS::Topic"}},
                 "Outputs": {"TableArn": {"Value": {"Ref": "Table"}, "Export": {"Name": \#(exportName)}}}}
                """#)
    }

    static func consumer(importing name: String = "app-data:TableArn", wave: Int = 2, account: String? = nil) -> FixtureStack {
        FixtureStack(
            name: "app-api", account: account, wave: wave,
            template: #"{"Resources": {"Queue": {"Type": "AWS::SQS::Queue", "Properties": {"QueueName": {"Fn::ImportValue": "\#(name)"}}}}}"#)
    }

    static let path = "app-api.template.json at Resources/Queue/Properties/QueueName/Fn::ImportValue"

    @Test func importOfAnEarlierExportInTheSamePlacePasses() {
        #expect(Fixture.findings([Self.producer(), Self.consumer()]) == [])
        #expect(Fixture.findings([Self.producer(account: "111"), Self.consumer(account: "111")]) == [])
    }

    @Test func importOfAMissingExport() {
        #expect(
            Fixture.findings([Self.producer(), Self.consumer(importing: "app-data:TableName")]) == [
                "\(Self.path): Fn::ImportValue 'app-data:TableName' names no export of the app in region 'eu-west-1', "
                    + "the deploying account and no declared external export"
            ])
    }

    @Test func importAcrossRegionsFindsNoExport() {
        #expect(
            Fixture.findings([Self.producer(region: "us-east-1"), Self.consumer()]) == [
                "\(Self.path): Fn::ImportValue 'app-data:TableArn' names no export of the app in region 'eu-west-1', "
                    + "the deploying account and no declared external export"
            ])
    }

    @Test func importAcrossAccountsFindsNoExport() {
        #expect(
            Fixture.findings([Self.producer(account: "111"), Self.consumer(account: "222")]) == [
                "\(Self.path): Fn::ImportValue 'app-data:TableArn' names no export of the app in region 'eu-west-1', "
                    + "account '222' and no declared external export"
            ])
    }

    @Test func declaredExternalExportPasses() {
        #expect(Fixture.findings([Self.consumer(importing: "shared-vpc:Id")], external: ["shared-vpc:Id"]) == [])
    }

    @Test func importOfAnExportThePlanDeploysLater() {
        #expect(
            Fixture.findings([Self.producer(), Self.consumer(wave: 1)]) == [
                "\(Self.path): Fn::ImportValue 'app-data:TableArn' is exported by 'app-data' (wave 1), "
                    + "which the plan does not deploy before 'app-api' (wave 1)"
            ])
    }

    @Test func exportNamedWithPseudoParametersIsResolved() {
        let producer = Self.producer(exportName: #"{"Fn::Sub": "${AWS::StackName}-${AWS::Region}-Arn"}"#)
        #expect(Fixture.findings([producer, Self.consumer(importing: "app-data-eu-west-1-Arn")]) == [])
    }

    @Test func duplicateExportInOnePlace() {
        var second = Self.producer()
        second.name = "app-more"
        #expect(
            Fixture.findings([Self.producer(), second, Self.consumer()]) == [
                "app-more.template.json at Outputs/TableArn/Export/Name: "
                    + "export 'app-data:TableArn' is also exported by app-data.template.json in the same account and region"
            ])
    }

    @Test func templateWithoutAPlanStep() {
        let plan = #"{"version": 1, "steps": []}"#
        let findings = Fixture.verify([("app-api.template.json", #"{"Resources": {}}"#), ("plan.json", plan)])
        #expect(findings == ["app-api.template.json: no step of plan.json deploys this template"])
    }
}
