import Testing
import StackgenCore
@testable import StackgenResolver

/// Mistakes only a hand-written name can make (an attribute, an `Fn::Sub` variable, an
/// import, a condition's input). Each is a located user error from the resolver, never a
/// template that reaches the verifier (which would call it a stackgen bug, exit 70).
@Suite struct HandWrittenNameTests {
    let file = "StackgenResolverTests/HandWrittenNameTests.swift"

    @Test func attributeTheTypeDoesNotHave() {
        var app = App("attributes", region: .euWest1)
        var data = Stack("data")
        let topic = data.add("Alerts", GenericResource("AWS::SNS::Topic"))
        let line = #line + 1
        data.add("Inbox", queue(using: topic.getAtt("TopicNam")))
        // A type the registry does not know takes any attribute.
        data.add("Other", queue(using: data.add("Thing", GenericResource("Custom::Thing")).getAtt("Anything")))
        app.add(data)
        let (resolved, texts) = resolve(app)
        #expect(resolved == nil)
        #expect(
            texts == [
                """
                \(file):\(line): error[SG213]: 'AWS::SNS::Topic' has no attribute 'TopicNam' (read from 'Alerts')
                  at: stack data › resource Inbox › Properties.QueueName
                  hint: did you mean 'TopicName'?
                """
            ])
    }

    @Test func substitutionVariablesMustNameSomething() {
        var app = App("subs", region: .euWest1)
        var data = Stack("data")
        _ = data.add("Alerts", GenericResource("AWS::SNS::Topic"))
        let line = #line + 1
        data.add("Inbox", queue(using: Fn.sub("${Alert}-${AWS::Regio}-${Alerts.TopicNme}-${!Literal}-${Alerts}-${Given}", ["Given": Value("x")])))
        app.add(data)
        let (_, texts) = resolve(app)
        let at = "  at: stack data › resource Inbox › Properties.QueueName"
        #expect(
            texts == [
                """
                \(file):\(line): error[SG204]: 'Fn::Sub' variable '${AWS::Regio}' names no parameter, resource or pseudo parameter of stack 'data'
                \(at)
                  hint: did you mean 'AWS::Region'?
                """,
                """
                \(file):\(line): error[SG204]: 'Fn::Sub' variable '${Alert}' names no parameter, resource or pseudo parameter of stack 'data'
                \(at)
                  hint: did you mean 'Alerts'?
                """,
                """
                \(file):\(line): error[SG213]: 'AWS::SNS::Topic' has no attribute 'TopicNme' (read from 'Alerts')
                \(at)
                  hint: did you mean 'TopicName'?
                """,
            ])
    }

    @Test func importOfTheStacksOwnExport() {
        var app = App("own", region: .euWest1)
        var data = Stack("data")
        let topic = data.add("Alerts", GenericResource("AWS::SNS::Topic"))
        data.output("AlertsArn", topic.ref, exportName: "data:alerts", usedOutside: "the ops team")
        let line = #line + 1
        data.add("Inbox", queue(using: Fn.importValue("data:alerts")))
        app.add(data)
        let (_, texts) = resolve(app)
        #expect(
            texts == [
                """
                \(file):\(line): error[SG212]: stack 'data' imports its own export 'data:alerts'
                  at: stack data › resource Inbox › Properties.QueueName
                  hint: CloudFormation rejects a stack that imports its own export; use the value of output 'AlertsArn' directly
                """
            ])
    }

    @Test func conditionsReadNoResourceAndNoOtherStack() {
        var app = App("conditions", region: .euWest1)
        var data = Stack("data")
        let topic = data.add("Alerts", GenericResource("AWS::SNS::Topic"))
        var api = Stack("api")
        let stage = api.parameter("Stage", type: .string, of: String.self, default: "dev")
        api.add("Inbox", GenericResource("AWS::SQS::Queue"))
        let line = #line + 1
        _ = api.condition("UsesAlerts", Fn.equals(topic.ref, Value<String>("x")))
        _ = api.condition("IsProd", Fn.equals(stage.value, Value<String>("prod")))
        app.add([data, api])
        let (resolved, texts) = resolve(app)
        #expect(resolved == nil)
        // No export is added for the refused use, so no SG401 follows it.
        #expect(
            texts == [
                """
                \(file):\(line): error[SG214]: condition reads resource 'Alerts' of stack 'data'; conditions can read only parameters, mappings, pseudo parameters and other conditions
                  at: stack api › condition UsesAlerts › [0]
                  hint: conditions are decided before any resource exists: pass the value in as a parameter, or decide it in Swift
                """
            ])
    }

    @Test func aValueAcrossAccountsSaysWhichAccount() {
        var app = App("accounts", region: .euWest1, account: "111111111111")
        var data = Stack("data")
        let topic = data.add("Alerts", GenericResource("AWS::SNS::Topic"))
        var api = Stack("api", account: "222222222222")
        api.add("Inbox", queue(using: topic.ref))
        app.add([data, api])
        let (resolved, texts) = resolve(app)
        #expect(texts.isEmpty)
        let parameter = resolved?.stacks.first { $0.name == "api" }?.parameters.first { $0.name == "Alerts" }
        #expect(parameter?.description == "Filled at deploy time from data (eu-west-1 of account 111111111111) output Alerts.")
    }
}
