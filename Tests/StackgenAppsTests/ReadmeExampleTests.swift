import Foundation
import StackgenEmit
import StackgenDynamoDB
import StackgenPipeline
import StackgenServerless
import Testing

/// The README's "Writing an app" example, compiled and checked: if the DSL changes, this
/// breaks before the README misleads anyone.
@Suite struct ReadmeExampleTests {
    static func shop() -> App {
        // README example begins
        var app = App("shop", region: "eu-west-1")

        var data = Stack("shop-data")
        let table = data.add(
            "Orders",
            DynamoDB.Table(
                keySchema: [.init(attributeName: "pk", keyType: .hash)],
                attributeDefinitions: [.init(attributeName: "pk", attributeType: .s)],
                billingMode: .payPerRequest),
            deletionPolicy: .retain)

        var api = Stack("shop-api")
        api.add(
            "OrdersFunction",
            Serverless.Function(
                codeUri: "src/orders", environment: .init(variables: ["TABLE": table.ref]), handler: "app.handler",
                policies: [.dynamoDBCrudPolicy(tableName: table.ref)], runtime: "python3.13"))

        app.add([data, api])
        app.add(ScriptStep("seed-orders", command: "./seed.sh", after: ["shop-data"]))
        // README example ends
        return app
    }

    @Test func theExampleImportsTheTableAndOrdersTheStacks() throws {
        let result = Pipeline.compile(Self.shop())
        #expect(result.succeeded)
        let plan = try #require(result.plan)
        #expect(plan.waves == [["shop-data"], ["shop-api", "seed-orders"]])
        let api = try #require(result.files.first { $0.path == "shop-api.template.json" })
        #expect(api.contents.contains(#""Fn::ImportValue": "shop-data:Orders""#))
    }
}

extension ReadmeExampleTests {
    @Test func readmeShowsThisExample() throws {
        let here = URL(fileURLWithPath: #filePath)
        let source = try String(contentsOf: here, encoding: .utf8)
        let begin = try #require(source.range(of: "// README example begins\n"))
        let end = try #require(source.range(of: "        // README example ends"))
        let example = source[begin.upperBound..<end.lowerBound].split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix("        ") ? String($0.dropFirst(8)) : String($0) }.joined(separator: "\n")
        let readme = try String(
            contentsOf: here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("```swift\n" + example.trimmingCharacters(in: .newlines) + "\n```"))
    }
}
