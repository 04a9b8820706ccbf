import StackgenCore
import Testing
@testable import StackgenEmit
import StackgenPipeline

/// The shapes of issue 9's two bugs, compiled to bytes.
@Suite struct CrossStackRegressionTests {
    /// A typed value of another stack inside SAM `Globals` arrives as an import, and the
    /// producer exports it: no `Ref` to a name the template does not declare.
    @Test func typedValueInsideGlobalsIsImported() throws {
        var app = App("users", region: .euWest1)
        var data = Stack("users-data")
        let table = data.add("UsersTable", GenericResource("AWS::DynamoDB::Table"))
        var api = Stack("users-api")
        api.globals = ["Function": ["Environment": ["Variables": ["USERS_TABLE": Expr(table.ref)]]]]
        api.add("Handler", GenericResource("AWS::Serverless::Function", properties: ["Handler": "app.handler"]))
        app.add([data, api])
        let result = Pipeline.compile(app)
        #expect(result.diagnostics.sorted.map(\.description) == [])
        let template = try #require(result.files.first { $0.path == "users-api.template.json" }).contents
        #expect(
            template.contains(
                """
                  "Globals": {
                    "Function": {
                      "Environment": {
                        "Variables": {
                          "USERS_TABLE": {
                            "Fn::ImportValue": "users-data:UsersTable"
                          }
                """))
        #expect(!template.contains(#""Ref": "UsersTable""#))
        let producer = try #require(result.files.first { $0.path == "users-data.template.json" }).contents
        #expect(producer.contains(#""Name": "users-data:UsersTable""#))
        #expect(result.resolved?.edges.map(\.reasons) == [[.importedValue(.reference(table.address))]])
    }

    /// A hand-written import of the export name stackgen generates for a typed use resolves
    /// whether the hand-written stack is added before or after the typed one, to the same bytes.
    @Test func handWrittenImportOfAGeneratedExportResolvesInEitherOrder() throws {
        var data = Stack("orders-data")
        let table = data.add("Orders", GenericResource("AWS::DynamoDB::Table"))
        var handWritten = Stack("orders-report")
        handWritten.add(
            "Queue", GenericResource("AWS::SQS::Queue", properties: ["QueueName": Expr(Fn.importValue("orders-data:Orders"))]))
        var typed = Stack("orders-api")
        typed.add("Queue", GenericResource("AWS::SQS::Queue", properties: ["QueueName": Expr(table.ref)]))

        var first = App("orders", region: .euWest1)
        first.add([data, handWritten, typed])
        var second = App("orders", region: .euWest1)
        second.add([data, typed, handWritten])

        let a = Pipeline.compile(first)
        let b = Pipeline.compile(second)
        #expect(a.diagnostics.sorted.map(\.description) == [])
        #expect(b.diagnostics.sorted.map(\.description) == [])
        #expect(a.files.count == 4)
        #expect(a.files.sorted { $0.path < $1.path } == b.files.sorted { $0.path < $1.path })
        let report = try #require(a.resolved?.edges.first { $0.consumer == "orders-report" })
        #expect(report.reasons == [.handWrittenImport(export: "orders-data:Orders")])
    }
}
