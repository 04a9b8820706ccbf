import Testing
import StackgenCore
@testable import StackgenResolver

/// One fixture per resolver diagnostic, asserting the exact text a user reads.
@Suite struct ResolverDiagnosticsTests {
    let file = "StackgenResolverTests/ResolverDiagnosticsTests.swift"

    @Test func cycleShowsTheFullPathWithReasons() {
        var app = App("loop", region: .euWest1)
        var a = Stack("a")
        var b = Stack("b")
        let aTopic = a.add("Alpha", topic)
        let bTopic = b.add("Beta", topic)
        a.add("UsesBeta", queue(using: bTopic.ref))
        let line = #line + 1
        b.add("UsesAlpha", queue(using: aTopic.getAtt("TopicName")))
        // Added in either order, the cycle reads the same and points at a use on it.
        app.add([b, a])
        let (resolved, texts) = resolve(app)
        #expect(resolved == nil)
        #expect(
            texts == [
                """
                \(file):\(line): error[SG201]: dependency cycle: a → b → a
                  at: stack a
                  hint: break one of these uses:
                    b ← a (a.Alpha.TopicName)
                    a ← b (b.Beta)
                """
            ])
    }

    @Test func importWithoutExportSuggestsTheClosestName() {
        var app = App("imports", region: .euWest1)
        var data = Stack("data").withTopic()
        let exportLine = #line + 1
        data.output("Name", Value<String>("x"), exportName: "data:orders-name")
        var api = Stack("api")
        let line = #line + 1
        api.add("Inbox", queue(using: Fn.importValue("data:order-name")))
        app.add([data, api])
        let (_, texts) = resolve(app)
        #expect(
            texts == [
                """
                \(file):\(line): error[SG202]: import of 'data:order-name' has no export in this app
                  at: stack api › resource Inbox › Properties.QueueName
                  hint: did you mean 'data:orders-name'? if the export is made outside the app, declare it with 'app.externalExport(_:)'
                """,
                unused("data:orders-name", at: "stack data › output Name", line: exportLine),
            ])
    }

    @Test func declaredExternalExportIsAccepted() {
        var app = App("imports", region: .euWest1)
        let shared = app.externalExport("network:vpc-id")
        var api = Stack("api")
        api.add("Inbox", queue(using: shared.value()))
        app.add(api)
        let (resolved, texts) = resolve(app)
        #expect(texts.isEmpty)
        #expect(resolved?.edges.isEmpty == true)
    }

    @Test func duplicateExportNameInOneRegion() {
        var app = App("dupes", region: .euWest1)
        var a = Stack("a").withTopic()
        let line = #line + 1
        a.output("Name", Value<String>("x"), exportName: "shared-name")
        var b = Stack("b").withTopic()
        b.output("Other", Value<String>("y"), exportName: "shared-name")
        var c = Stack("c", region: .usEast1).withTopic()
        c.output("Name", Value<String>("z"), exportName: "shared-name")
        app.add([a, b, c])
        let (_, texts) = resolve(app)
        // One SG203 for the two in eu-west-1; the us-east-1 one is another place. None is imported.
        #expect(
            texts == [
                """
                \(file):\(line): error[SG203]: export name 'shared-name' is used 2 times in eu-west-1
                  at: stack a › output Name
                  hint: also exported by 'b' output 'Other'; export names are unique per account and region
                """,
                unused("shared-name", at: "stack a › output Name", line: line),
                unused("shared-name", at: "stack b › output Other", line: line + 2),
                unused("shared-name", at: "stack c › output Name", line: line + 4),
            ])
    }

    @Test func explicitExportNobodyImportsIsAWarning() {
        var app = App("unused", region: .euWest1)
        var a = Stack("a").withTopic()
        let line = #line + 1
        a.output("Name", Value<String>("x"), exportName: "a:name")
        app.add(a)
        let (resolved, texts) = resolve(app)
        #expect(resolved != nil)
        #expect(
            texts == [
                """
                \(file):\(line): warning[SG401]: export 'a:name' is not imported by any stack of this app
                  at: stack a › output Name
                  hint: drop 'exportName' unless something outside this app imports it; an imported export cannot be renamed or removed
                """
            ])
    }

    @Test func referenceToMissingResourceAndParameter() {
        var app = App("missing", region: .euWest1)
        var a = Stack("a")
        a.add("Orders", topic)
        let line = #line + 1
        a.add("Inbox", queue(using: Value(expression: .ref(Address(stack: "a", logicalID: "Order", kind: .resource)))))
        app.add(a)
        let (_, texts) = resolve(app)
        #expect(
            texts == [
                """
                \(file):\(line): error[SG204]: reference to missing resource 'Order' in stack 'a'
                  at: stack a › resource Inbox › Properties.QueueName
                  hint: did you mean 'Orders'?
                """
            ])
    }

    @Test func dependsOnMissingResourceButSAMNamesAreLegal() {
        var app = App("deps", region: .euWest1)
        var a = Stack("a")
        a.add("Api", GenericResource("AWS::Serverless::Api", properties: ["StageName": "v1"]))
        a.add("Mapping", topic, dependsOn: [GeneratedResource("Apiv1Stage")])
        let line = #line + 1
        a.add("Other", topic, dependsOn: [GeneratedResource("Mappin")])
        app.add(a)
        let (_, texts) = resolve(app)
        #expect(
            texts == [
                """
                \(file):\(line): error[SG205]: 'DependsOn' names missing resource 'Mappin'
                  at: stack a › resource Other › DependsOn
                  hint: did you mean 'Mapping'?
                """
            ])
    }

    @Test func missingConditionAndMapping() {
        var app = App("conds", region: .euWest1)
        var a = Stack("a")
        let flag = a.parameter("Flag", default: "yes")
        _ = a.condition("IsProd", Fn.equals(flag.value, "yes"))
        // A condition and a mapping of another stack are not visible in 'a'.
        var b = Stack("b").withTopic()
        let elsewhere = b.condition("IsProde", Fn.equals(Value<String>("1"), "1"))
        let mapping = b.mapping("Regions", ["x": ["y": "z"]])
        let line = #line + 1
        a.add("Inbox", queue(using: Fn.if(elsewhere, Fn.findInMap(mapping, "x", "y"), else: "z")))
        app.add([a, b])
        let (_, texts) = resolve(app)
        #expect(
            texts == [
                """
                \(file):\(line): error[SG206]: condition 'IsProde' is not declared in stack 'a'
                  at: stack a › resource Inbox › Properties.QueueName
                  hint: did you mean 'IsProd'?
                """,
                """
                \(file):\(line): error[SG207]: mapping 'Regions' is not declared in stack 'a'
                  at: stack a › resource Inbox › Properties.QueueName
                  hint: declare it with 'stack.mapping(_:_:)' in the same stack
                """,
            ])
    }

    @Test func handWrittenImportAcrossRegionsIsAnError() {
        var app = App("regions", region: .euWest1)
        var east = Stack("east", region: .usEast1).withTopic()
        let exportLine = #line + 1
        east.output("Arn", Value<String>("x"), exportName: "east:arn")
        var west = Stack("west")
        let line = #line + 1
        west.add("Inbox", queue(using: Fn.importValue("east:arn")))
        app.add([east, west])
        let (_, texts) = resolve(app)
        #expect(
            texts == [
                unused("east:arn", at: "stack east › output Arn", line: exportLine),
                """
                \(file):\(line): error[SG208]: 'Fn::ImportValue' of 'east:arn' crosses regions: exported in us-east-1 by 'east', imported in eu-west-1
                  at: stack west › resource Inbox › Properties.QueueName
                  hint: imports cannot cross regions; use the producer's value directly and stackgen passes it as a deploy-time parameter
                """,
            ])
    }

    @Test func cloudFormationLimits() {
        var app = App("big", region: .euWest1)
        var stack = Stack("big")
        for index in 0..<501 { stack.add("Topic\(index)", topic) }
        for index in 0..<201 { _ = stack.parameter("P\(index)") }
        for index in 0..<201 { stack.output("O\(index)", Value<String>("x")) }
        for index in 0..<201 { _ = stack.mapping("M\(index)", ["k": ["v": "x"]]) }
        app.add(stack)
        let (resolved, texts) = resolve(app)
        #expect(resolved == nil)
        let line = #line - 8
        #expect(
            texts == [
                "\(file):\(line): error[SG301]: stack 'big' has 501 resources; CloudFormation allows 500\n  at: stack big\n  hint: split the stack; stackgen wires the references between the parts",
                "\(file):\(line): error[SG302]: stack 'big' has 201 outputs; CloudFormation allows 200\n  at: stack big\n  hint: split the stack; stackgen wires the references between the parts",
                "\(file):\(line): error[SG303]: stack 'big' has 201 parameters; CloudFormation allows 200\n  at: stack big\n  hint: split the stack; stackgen wires the references between the parts",
                "\(file):\(line): error[SG304]: stack 'big' has 201 mappings; CloudFormation allows 200\n  at: stack big\n  hint: split the stack; stackgen wires the references between the parts",
            ])
    }
}

extension ResolverDiagnosticsTests {
    /// SG401 as printed, for fixtures whose explicit exports nothing imports.
    func unused(_ name: String, at path: String, line: Int) -> String {
        """
        \(file):\(line): warning[SG401]: export '\(name)' is not imported by any stack of this app
          at: \(path)
          hint: drop 'exportName' unless something outside this app imports it; an imported export cannot be renamed or removed
        """
    }

    @Test func referenceToMissingOutput() {
        var app = App("outputs", region: .euWest1)
        var data = Stack("data").withTopic()
        data.output("TableName", Value<String>("orders"))
        var api = Stack("api")
        let line = #line + 1
        api.add("Inbox", queue(using: Value(expression: .output(OutputAddress(stack: "data", key: "TablName")))))
        app.add([data, api])
        let (_, texts) = resolve(app)
        #expect(
            texts == [
                """
                \(file):\(line): error[SG209]: reference to missing output 'TablName' of stack 'data'
                  at: stack api › resource Inbox › Properties.QueueName
                  hint: did you mean 'TableName'?
                """
            ])
    }
}
