import CentliStacks
import StackgenCore
import Testing

/// Seed 003 as its one SAM stack: every authored resource, the shared role, the rules on
/// the custom bus, and the 28 exports validate reports as unused.
@Suite struct CentliTests {
    let app: ExampleApp
    static let stack = "centli-hackathon"

    /// The deployed export names, from the fact sheet.
    static let exportNames = [
        "EventBusArn", "EventBusName", "AssetsBucketName", "AssetsBucketArn", "LambdaExecutionRoleArn", "LogGroupName",
        "WebSocketURL", "WebSocketAPIId", "SessionsTableName", "SessionsTableArn", "ConnectFunctionArn",
        "DisconnectFunctionArn", "MessageFunctionArn", "AccountsTableName", "TransactionsTableName", "ProductsTableName",
        "PurchasesTableName", "RetailersTableName", "BeneficiariesTableName", "CoreBankingBalanceFunctionArn",
        "CoreBankingTransferFunctionArn", "CoreBankingTransactionsFunctionArn", "MarketplaceCatalogFunctionArn",
        "MarketplaceBenefitsFunctionArn", "MarketplacePurchaseFunctionArn", "CRMResolveAliasFunctionArn",
        "CRMGetBeneficiariesFunctionArn", "CRMAddBeneficiaryFunctionArn",
    ].map { "centli-hackathon-\($0)" }

    init() throws {
        app = try ExampleApp(CentliApp.app)
    }

    @Test func goldens() {
        AppGolden.check(CentliApp.app)
    }

    @Test func oneSAMStackInUSEast1() throws {
        #expect(app.stackNames == [Self.stack])
        #expect(app.resolved.stacks.first?.region == "us-east-1")
        #expect(app.edges.isEmpty)
        #expect(app.plan.waves == [[Self.stack]])
        #expect(try app.template(Self.stack)["Transform"] as? String == "AWS::Serverless-2016-10-31")
        let step = try #require(app.plan.steps.first)
        #expect(step.capabilities.contains("CAPABILITY_NAMED_IAM"))
        #expect(step.capabilities.contains("CAPABILITY_AUTO_EXPAND"))
    }

    @Test func thirtyFiveResourcesTwelveFunctionsElevenRules() throws {
        let resources = try app.resources(Self.stack)
        #expect(resources.count == 35)
        let functions = resources.filter { $0.value["Type"] as? String == "AWS::Serverless::Function" }
        #expect(functions.count == 12)
        // Every function runs as the one named role.
        for (id, function) in functions {
            let role = (function["Properties"] as? [String: Any])?["Role"] as? [String: Any]
            #expect(role?["Fn::GetAtt"] as? [String] == ["CentliLambdaExecutionRole", "Arn"], "\(id)")
        }
        let rules = functions.values.flatMap { function -> [[String: Any]] in
            let events = (function["Properties"] as? [String: Any])?["Events"] as? [String: [String: Any]] ?? [:]
            return Array(events.values)
        }
        #expect(rules.count == 11)
        #expect(rules.allSatisfy { $0["Type"] as? String == "EventBridgeRule" })
        let purchase = try app.properties(Self.stack, "MarketplacePurchaseFunction")["Events"] as? [String: Any]
        #expect(purchase?.keys.sorted() == ["PaymentCompleted", "PaymentFailed", "PurchaseRequest"])
        #expect(resources.filter { $0.value["Type"] as? String == "AWS::DynamoDB::Table" }.count == 7)
    }

    @Test func webSocketStageIsThrottled() throws {
        let stage = try app.properties(Self.stack, "CentliWebSocketStage")
        let settings = try #require(stage["DefaultRouteSettings"] as? [String: Any])
        #expect(settings["ThrottlingRateLimit"] as? Int == 50)
        #expect(settings["ThrottlingBurstLimit"] as? Int == 100)
        #expect(try app.properties(Self.stack, "CentliLogGroup")["RetentionInDays"] as? Int == 7)
    }

    /// Seed 003 exports Unit 1's outputs for Units 2–4, deployed on their own: the app says
    /// so (`usedOutside`), so validate keeps all 28 exports without an SG401 warning.
    @Test func twentyEightExportsAllMarkedUsedOutside() throws {
        #expect(try app.exports(Self.stack) == Self.exportNames.sorted())
        let usedOutside = CentliApp.app.stacks.flatMap(\.outputs).filter { $0.usedOutside != nil }.compactMap(\.exportName)
        #expect(usedOutside.sorted() == Self.exportNames.sorted())
        #expect(app.warnings.isEmpty, "no SG401, and nothing else that would fail validate --strict")
        let outputs = try #require(app.template(Self.stack)["Outputs"] as? [String: Any])
        #expect(outputs.count == 31, "28 exports plus StackName, Region, AccountId")
    }
}
