import StackgenTestSupport
import Testing
@testable import StackgenCore

/// One fixture per lowering diagnostic, asserting the exact text a user reads.
@Suite struct LoweringDiagnosticsTests {
    let file = "StackgenCoreTests/LoweringDiagnosticsTests.swift"

    private func lower(_ build: (inout App) -> Void) -> (AppModel?, [String]) {
        var app = App("fixture", region: .euWest1)
        build(&app)
        var diagnostics = Diagnostics()
        let model = Lowering.lower(app, into: &diagnostics)
        return (model, diagnostics.sorted.map(\.description))
    }

    @Test func invalidStackName() {
        let line = #line + 1
        let (model, texts) = lower { $0.add(Stack("9 lives").withTopic()) }
        #expect(model == nil)
        #expect(
            texts == [
                """
                StackgenCoreTests/LoweringDiagnosticsTests.swift:\(line): error[SG101]: invalid stack name '9 lives'
                  at: stack 9 lives
                  hint: a stack name starts with a letter and has only letters, digits and hyphens (at most 128)
                """
            ])
    }

    @Test func invalidLogicalIDAndDuplicate() {
        var stack = Stack("data")
        let first = #line + 1
        stack.add("Orders", GenericResource("AWS::SNS::Topic"))
        let second = #line + 1
        stack.add("Orders", GenericResource("AWS::SNS::Topic"))
        let third = #line + 1
        stack.add("orders-topic", GenericResource("AWS::SNS::Topic"))
        let (_, texts) = lower { $0.add(stack) }
        #expect(
            texts == [
                """
                StackgenCoreTests/LoweringDiagnosticsTests.swift:\(second): error[SG105]: logical id 'Orders' is declared twice in this stack
                  at: stack data › resource Orders
                  hint: the first declaration is at StackgenCoreTests/LoweringDiagnosticsTests.swift:\(first); rename one of them
                """,
                """
                StackgenCoreTests/LoweringDiagnosticsTests.swift:\(third): error[SG102]: invalid logical id 'orders-topic'
                  at: stack data › resource orders-topic
                  hint: logical ids have only ASCII letters and digits (at most 255)
                """,
            ])
    }

    /// CloudFormation takes `&` and `_` in a condition name (AWS's VPC Quick Start has
    /// `NATGateways&PublicSubnets&PrivateSubnets&3AZCondition`), not in other logical ids.
    @Test func conditionNamesTakeAmpersandAndUnderscore() {
        var stack = Stack("data").withTopic()
        let flag = stack.parameter("Flag")
        _ = stack.condition("NAT&Public_3AZ", Fn.equals(flag.value, "true"))
        let line = #line + 1
        _ = stack.condition("has-nat", Fn.equals(flag.value, "true"))
        let (_, texts) = lower { $0.add(stack) }
        #expect(
            texts == [
                """
                StackgenCoreTests/LoweringDiagnosticsTests.swift:\(line): error[SG102]: invalid condition name 'has-nat'
                  at: stack data › condition has-nat
                  hint: condition names have only ASCII letters, digits, '&' and '_' (at most 255)
                """
            ])
    }

    @Test func invalidParameterAndExportNames() {
        var stack = Stack("data").withTopic()
        let parameterLine = #line + 1
        _ = stack.parameter("table_name")
        let outputLine = #line + 1
        stack.output("Name", Value<String>("x"), exportName: "data/name")
        let (_, texts) = lower { $0.add(stack) }
        #expect(
            texts == [
                """
                StackgenCoreTests/LoweringDiagnosticsTests.swift:\(outputLine): error[SG103]: invalid export name 'data/name'
                  at: stack data › output Name › Export.Name
                  hint: export names have only letters, digits, colons and hyphens (at most 255)
                """,
                """
                StackgenCoreTests/LoweringDiagnosticsTests.swift:\(parameterLine): error[SG104]: invalid parameter name 'table_name'
                  at: stack data › parameter table_name
                  hint: parameter names have only ASCII letters and digits (at most 255)
                """,
            ])
    }

    @Test func scriptNamingUnknownStepGetsDidYouMean() {
        let line = #line + 3
        let (_, texts) = lower { app in
            app.add(Stack("datastore").withTopic())
            app.add(ScriptStep("migrate", command: "./migrate.sh", after: ["datastor"]))
        }
        #expect(
            texts == [
                """
                StackgenCoreTests/LoweringDiagnosticsTests.swift:\(line): error[SG107]: script 'migrate' names unknown step 'datastor'
                  at: script migrate
                  hint: did you mean 'datastore'?
                """
            ])
    }

    @Test func reportsAllProblemsNotJustTheFirst() {
        let line = #line + 2
        let (_, texts) = lower { app in
            app.add(Stack("bad name").withTopic())
            app.add(Stack("also bad!").withTopic())
        }
        let hint = "hint: a stack name starts with a letter and has only letters, digits and hyphens (at most 128)"
        #expect(
            texts == [
                "\(file):\(line + 1): error[SG101]: invalid stack name 'also bad!'\n  at: stack also bad!\n  \(hint)",
                "\(file):\(line): error[SG101]: invalid stack name 'bad name'\n  at: stack bad name\n  \(hint)",
            ])
    }

    @Test func validAppLowersWithRegionsSettled() {
        let (model, texts) = lower { app in
            app.add(Stack("a").withTopic())
            app.add(Stack("b", region: .usEast1).withTopic())
        }
        #expect(texts.isEmpty)
        #expect(model?.stacks.map(\.region) == ["eu-west-1", "us-east-1"])
    }
}

/// A resource type with a hand-written check, as the catalog's checks are written.
private struct ExpiringKey: ResourceChecking {
    let resourceType = "AWS::AppSync::ApiKey"
    let properties: [String: Expr] = ["Expires": 1]
    func findings() -> [ResourceFinding] {
        [ResourceFinding(.expiringAPIKey, message: "api key expires at a fixed time", field: "Properties.Expires", hint: "rotate it")]
    }
}

@Suite struct ResourceCheckTests {
    @Test func findingsAreReportedWithPathAndCallSite() {
        var app = App("keys", region: .euWest1)
        var stack = Stack("keys")
        let line = #line + 1
        stack.add("Key", ExpiringKey())
        app.add(stack)
        var diagnostics = Diagnostics()
        let model = Lowering.lower(app, into: &diagnostics)
        #expect(model != nil)
        #expect(
            diagnostics.sorted.map(\.description) == [
                """
                StackgenCoreTests/LoweringDiagnosticsTests.swift:\(line): warning[SG402]: api key expires at a fixed time
                  at: stack keys › resource Key › Properties.Expires
                  hint: rotate it
                """
            ])
    }
}

@Suite struct DuplicateStackTests {
    @Test func duplicateStackNamePointsAtTheFirst() {
        var app = App("twice", region: .euWest1)
        let first = #line + 1
        app.add(Stack("data").withTopic())
        let second = #line + 1
        app.add(Stack("data").withTopic())
        var diagnostics = Diagnostics()
        #expect(Lowering.lower(app, into: &diagnostics) == nil)
        #expect(
            diagnostics.sorted.map(\.description) == [
                """
                StackgenCoreTests/LoweringDiagnosticsTests.swift:\(second): error[SG106]: stack 'data' is declared twice
                  at: stack data
                  hint: the first declaration is at StackgenCoreTests/LoweringDiagnosticsTests.swift:\(first); stack names are unique within an app
                """
            ])
    }
}

@Suite struct EmptyStackTests {
    @Test func aStackWithoutResourcesIsAnError() {
        var app = App("empty", region: .euWest1)
        let line = #line + 1
        var stack = Stack("nothing")
        _ = stack.parameter("Unused")
        app.add(stack)
        var diagnostics = Diagnostics()
        #expect(Lowering.lower(app, into: &diagnostics) == nil)
        #expect(
            diagnostics.sorted.map(\.description) == [
                """
                StackgenCoreTests/LoweringDiagnosticsTests.swift:\(line): error[SG108]: stack 'nothing' declares no resources
                  at: stack nothing
                  hint: CloudFormation rejects a template without resources; add one or drop the stack
                """
            ])
    }
}
