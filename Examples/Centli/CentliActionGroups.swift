import StackgenDynamoDB
import StackgenServerless

/// Unit 3, action groups: the core-banking, marketplace and CRM tables, and the nine
/// functions the agent's actions reach through EventBridge rules on the custom bus.
struct CentliActionGroups {
    @discardableResult
    init(in stack: inout Stack, foundation: CentliFoundation, environment: Value<String>) {
        func table(
            _ id: String, _ name: String, group: String, keys: [(String, DynamoDB.Table.KeyType)],
            index: (name: String, keys: [(String, DynamoDB.Table.KeyType)])? = nil, extraAttributes: [String] = []
        ) -> Resource<DynamoDB.Table> {
            let attributes = keys.map(\.0) + (index?.keys.map(\.0).filter { name in !keys.contains { $0.0 == name } } ?? [])
            return stack.add(
                id,
                DynamoDB.Table(
                    keySchema: PropertyList(keys.map { .init(attributeName: .init($0.0), keyType: $0.1) }),
                    attributeDefinitions: PropertyList(attributes.map { .init(attributeName: .init($0), attributeType: .s) }),
                    billingMode: .payPerRequest,
                    globalSecondaryIndexes: index.map { index in
                        [
                            .init(
                                indexName: .init(index.name),
                                keySchema: PropertyList(index.keys.map { .init(attributeName: .init($0.0), keyType: $0.1) }),
                                projection: .init(projectionType: .all))
                        ]
                    },
                    sseSpecification: .init(sseEnabled: true),
                    tableName: .init(name),
                    tags: CentliStack.tags(environment, unit: "ActionGroups", actionGroup: group)))
        }
        let accounts = table("CentliAccountsTable", "centli-accounts", group: "CoreBanking", keys: [("user_id", .hash), ("account_id", .range)])
        let transactions = table(
            "CentliTransactionsTable", "centli-transactions", group: "CoreBanking",
            keys: [("account_id", .hash), ("timestamp_txn_id", .range)],
            index: ("user-index", [("user_id", .hash), ("timestamp_txn_id", .range)]))
        let products = table(
            "CentliProductsTable", "centli-products", group: "Marketplace", keys: [("product_id", .hash), ("retailer_id", .range)],
            index: ("retailer-index", [("retailer_id", .hash)]))
        let purchases = table(
            "CentliPurchasesTable", "centli-purchases", group: "Marketplace", keys: [("user_id", .hash), ("timestamp_purchase_id", .range)])
        let retailers = table("CentliRetailersTable", "centli-retailers", group: "Marketplace", keys: [("retailer_id", .hash)])
        let beneficiaries = table(
            "CentliBeneficiariesTable", "centli-beneficiaries", group: "CRM", keys: [("user_id", .hash), ("beneficiary_id", .range)],
            index: ("alias-index", [("alias_lower", .hash), ("user_id", .range)]))

        /// A function the bus invokes: one EventBridge rule per event, matching detail types.
        func action(
            _ id: String, _ name: String, code: String, handler: String, group: String,
            tables: [String: Resource<DynamoDB.Table>], events: [String: [String]]
        ) -> Resource<Serverless.Function> {
            stack.add(
                id,
                Serverless.Function(
                    codeUri: .string("src_aws/\(code)/"),
                    environment: .init(variables: .init(tables.mapValues(\.ref))),
                    events: PropertyMap(
                        events.mapValues { detailTypes in
                            .eventBridgeRule(
                                .init(
                                    pattern: ["detail-type": .list(detailTypes.map(Expr.string))],
                                    eventBusName: foundation.eventBus.ref))
                        }),
                    functionName: .init(name),
                    handler: .init("\(handler).lambda_handler"),
                    role: foundation.role.arn,
                    tags: ["Unit": "ActionGroups", "ActionGroup": .init(group)]))
        }
        let functions: [(key: String, function: Resource<Serverless.Function>)] = [
            ("CoreBankingBalanceFunctionArn", action(
                "CoreBankingBalanceFunction", "centli-core-banking-balance", code: "core_banking_balance", handler: "balance",
                group: "CoreBanking", tables: ["ACCOUNTS_TABLE": accounts], events: ["BalanceQuery": ["BALANCE_QUERY"]])),
            ("CoreBankingTransferFunctionArn", action(
                "CoreBankingTransferFunction", "centli-core-banking-transfer", code: "core_banking_transfer", handler: "transfer",
                group: "CoreBanking", tables: ["ACCOUNTS_TABLE": accounts, "TRANSACTIONS_TABLE": transactions],
                events: ["TransferRequest": ["TRANSFER_REQUEST", "PAYMENT_REQUEST"]])),
            ("CoreBankingTransactionsFunctionArn", action(
                "CoreBankingTransactionsFunction", "centli-core-banking-transactions", code: "core_banking_transactions",
                handler: "transactions", group: "CoreBanking", tables: ["TRANSACTIONS_TABLE": transactions],
                events: ["TransactionsQuery": ["TRANSACTIONS_QUERY"]])),
            ("MarketplaceCatalogFunctionArn", action(
                "MarketplaceCatalogFunction", "centli-marketplace-catalog", code: "marketplace_catalog", handler: "catalog",
                group: "Marketplace", tables: ["PRODUCTS_TABLE": products, "RETAILERS_TABLE": retailers],
                events: ["CatalogQuery": ["CATALOG_QUERY"]])),
            ("MarketplaceBenefitsFunctionArn", action(
                "MarketplaceBenefitsFunction", "centli-marketplace-benefits", code: "marketplace_benefits", handler: "benefits",
                group: "Marketplace", tables: ["PRODUCTS_TABLE": products], events: ["BenefitsQuery": ["BENEFITS_QUERY"]])),
            ("MarketplacePurchaseFunctionArn", action(
                "MarketplacePurchaseFunction", "centli-marketplace-purchase", code: "marketplace_purchase", handler: "purchase",
                group: "Marketplace", tables: ["PRODUCTS_TABLE": products, "PURCHASES_TABLE": purchases],
                events: [
                    "PurchaseRequest": ["PURCHASE_REQUEST"], "PaymentCompleted": ["PAYMENT_COMPLETED"],
                    "PaymentFailed": ["PAYMENT_FAILED"],
                ])),
            ("CRMResolveAliasFunctionArn", action(
                "CRMResolveAliasFunction", "centli-crm-resolve-alias", code: "crm_resolve_alias", handler: "resolve_alias",
                group: "CRM", tables: ["BENEFICIARIES_TABLE": beneficiaries],
                events: ["AliasResolution": ["ALIAS_RESOLUTION_REQUEST"]])),
            ("CRMGetBeneficiariesFunctionArn", action(
                "CRMGetBeneficiariesFunction", "centli-crm-get-beneficiaries", code: "crm_get_beneficiaries",
                handler: "get_beneficiaries", group: "CRM", tables: ["BENEFICIARIES_TABLE": beneficiaries],
                events: ["BeneficiariesQuery": ["BENEFICIARIES_QUERY"]])),
            ("CRMAddBeneficiaryFunctionArn", action(
                "CRMAddBeneficiaryFunction", "centli-crm-add-beneficiary", code: "crm_add_beneficiary",
                handler: "add_beneficiary", group: "CRM", tables: ["BENEFICIARIES_TABLE": beneficiaries],
                events: ["AddBeneficiary": ["ADD_BENEFICIARY_REQUEST"]])),
        ]

        let export = CentliStack.exportName
        let tableOutputs: [(String, Resource<DynamoDB.Table>, String)] = [
            ("AccountsTableName", accounts, "Core Banking Accounts"), ("TransactionsTableName", transactions, "Core Banking Transactions"),
            ("ProductsTableName", products, "Marketplace Products"), ("PurchasesTableName", purchases, "Marketplace Purchases"),
            ("RetailersTableName", retailers, "Marketplace Retailers"), ("BeneficiariesTableName", beneficiaries, "CRM Beneficiaries"),
        ]
        for (key, table, what) in tableOutputs {
            stack.output(key, table.ref, description: "\(what) Table Name", exportName: export(key), usedOutside: CentliStack.outsideConsumers)
        }
        for (key, function) in functions {
            stack.output(key, function.arn, description: "\(function.logicalID) ARN", exportName: export(key), usedOutside: CentliStack.outsideConsumers)
        }
    }
}
