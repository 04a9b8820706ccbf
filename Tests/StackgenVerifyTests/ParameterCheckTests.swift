import Testing

@Suite struct ParameterCheckTests {
    static let template = #"""
        {"Parameters": {"CodeBucket": {"Type": "String"}, "Stage": {"Type": "String", "Default": "dev"}},
         "Resources": {"Queue": {"Type": "AWS::SQS::Queue", "Properties": {"QueueName": {"Ref": "CodeBucket"}}}}}
        """#

    static let alerts = FixtureStack(
        name: "app-alerts", region: "us-east-1", wave: 1,
        template: #"{"Resources": {"Topic": {"Type": "AWS::SNS::Topic"}}, "Outputs": {"TopicArn": {"Value": {"Ref": "Topic"}}}}"#)

    static func api(_ source: FixtureStack.Source?, wave: Int = 2) -> FixtureStack {
        FixtureStack(
            name: "app-api", wave: wave, template: template,
            parameters: (source.map { [("CodeBucket", $0)] } ?? []) + [("Stage", .defaultValue)])
    }

    @Test func parameterTheAuthorDeclaredIsTheDeployersToPass() {
        #expect(Fixture.findings([Self.api(.required)], declared: ["app-api": ["CodeBucket", "Stage"]]) == [])
    }

    @Test func parameterFilledFromAnEarlierStacksOutput() {
        let source = FixtureStack.Source.output(stack: "app-alerts", region: "us-east-1", key: "TopicArn")
        #expect(Fixture.findings([Self.alerts, Self.api(source)]) == [])
    }

    @Test func parameterThePlanDoesNotList() {
        #expect(
            Fixture.findings([Self.api(nil)], declared: ["app-api": ["CodeBucket"]]) == [
                "app-api.template.json at Parameters/CodeBucket: parameter 'CodeBucket' has no Default and the plan gives it no value"
            ])
    }

    @Test func requiredParameterTheAuthorNeverDeclared() {
        #expect(
            Fixture.findings([Self.api(.required)]) == [
                "app-api.template.json at Parameters/CodeBucket: "
                    + "parameter 'CodeBucket' has no Default, the plan gives it no value, and the app declares no such parameter"
            ])
    }

    @Test func planDefaultForAParameterWithoutOne() {
        #expect(
            Fixture.findings([Self.api(.defaultValue)]) == [
                "app-api.template.json at Parameters/CodeBucket: parameter 'CodeBucket' has no Default, but the plan says it takes its default"
            ])
    }

    @Test func bindingToAnUndeclaredOutput() {
        let source = FixtureStack.Source.output(stack: "app-alerts", region: "us-east-1", key: "TopicName")
        #expect(
            Fixture.findings([Self.alerts, Self.api(source)]) == [
                "app-api.template.json at Parameters/CodeBucket: "
                    + "parameter 'CodeBucket' is filled from output 'TopicName' of 'app-alerts', which its template does not declare"
            ])
    }

    @Test func bindingToTheWrongRegion() {
        let source = FixtureStack.Source.output(stack: "app-alerts", region: "eu-west-1", key: "TopicArn")
        #expect(
            Fixture.findings([Self.alerts, Self.api(source)]) == [
                "app-api.template.json at Parameters/CodeBucket: "
                    + "parameter 'CodeBucket' reads 'app-alerts' in region 'eu-west-1', but the plan deploys it to 'us-east-1'"
            ])
    }

    @Test func bindingToAStackDeployedInTheSameWave() {
        let source = FixtureStack.Source.output(stack: "app-alerts", region: "us-east-1", key: "TopicArn")
        #expect(
            Fixture.findings([Self.alerts, Self.api(source, wave: 1)]) == [
                "app-api.template.json at Parameters/CodeBucket: "
                    + "parameter 'CodeBucket' is filled from 'app-alerts' (wave 1), which the plan does not deploy before 'app-api' (wave 1)"
            ])
    }

    @Test func bindingToAStackOutsideThePlan() {
        let source = FixtureStack.Source.output(stack: "app-gone", region: "us-east-1", key: "TopicArn")
        #expect(
            Fixture.findings([Self.api(source)]) == [
                "app-api.template.json at Parameters/CodeBucket: parameter 'CodeBucket' is filled from stack 'app-gone', which the plan does not deploy"
            ])
    }
}
