import Testing
import StackgenCore
@testable import StackgenResolver

@Suite struct CrossStackTests {
    @Test func attributeUsedInAnotherStackBecomesExportImportAndEdge() throws {
        var app = App("shop", region: .euWest1)
        var data = Stack("shop-data")
        let table = data.add("Orders", topic)
        var api = Stack("shop-api")
        api.add("Inbox", queue(using: table.getAtt("TopicName")))
        app.add(data)
        app.add(api)
        let (resolved, texts) = resolve(app)
        #expect(texts.isEmpty)
        let result = try #require(resolved)
        let output = try #require(result.stack(named: "shop-data")?.outputs.first)
        #expect(output.key == "OrdersTopicName")
        #expect(output.exportName == "shop-data:OrdersTopicName")
        #expect(output.value == .getAtt(table.address, attribute: "TopicName"))
        #expect(result.stack(named: "shop-api")?.resources[0].properties["QueueName"] == .importValue("shop-data:OrdersTopicName"))
        #expect(result.edges.map(\.producer) == ["shop-data"])
        #expect(result.edges.map(\.consumer) == ["shop-api"])
        #expect(result.edges.map(\.reasons) == [[.importedValue(.attribute(table.address, name: "TopicName"))]])
        #expect(result.plan.waves == [["shop-data"], ["shop-api"]])
    }

    @Test func declaredOutputKeepsItsExportName() throws {
        var app = App("shop", region: .euWest1)
        var data = Stack("shop-data")
        let table = data.add("Orders", topic)
        data.output("OrdersName", table.getAtt("TopicName", as: String.self), exportName: "legacy-orders-name")
        var api = Stack("shop-api")
        api.add("Inbox", queue(using: table.getAtt("TopicName")))
        app.add(data)
        app.add(api)
        let (resolved, texts) = resolve(app)
        #expect(texts.isEmpty)
        let outputs = try #require(resolved?.stack(named: "shop-data")?.outputs)
        #expect(outputs.map(\.exportName) == ["legacy-orders-name"])
        #expect(resolved?.stack(named: "shop-api")?.resources[0].properties["QueueName"] == .importValue("legacy-orders-name"))
    }

    @Test func outputHandleUsedElsewhereGetsDefaultExportName() throws {
        var app = App("shop", region: .euWest1)
        var data = Stack("shop-data")
        let table = data.add("Orders", topic)
        let name = data.output("OrdersName", table.getAtt("TopicName", as: String.self))
        var api = Stack("shop-api")
        api.add("Inbox", queue(using: name.value))
        app.add(data)
        app.add(api)
        let (resolved, _) = resolve(app)
        #expect(resolved?.stack(named: "shop-data")?.outputs.map(\.exportName) == ["shop-data:OrdersName"])
        #expect(resolved?.edges.first?.reasons.map(\.description) == ["shop-data.Outputs.OrdersName"])
    }

    @Test func useAcrossRegionsBecomesDeployTimeParameter() throws {
        var app = App("site", region: .euWest1)
        var certificates = Stack("site-certificate", region: .usEast1)
        let certificate = certificates.add("Certificate", GenericResource("AWS::CertificateManager::Certificate"))
        var web = Stack("site-web")
        web.add("Inbox", queue(using: certificate.ref))
        app.add(certificates)
        app.add(web)
        let (resolved, texts) = resolve(app)
        #expect(texts.isEmpty)
        let stack = try #require(resolved?.stack(named: "site-web"))
        #expect(stack.parameters.map(\.name) == ["Certificate"])
        #expect(stack.bindings == [ParameterBinding(parameter: "Certificate", stack: "site-certificate", region: "us-east-1", outputKey: "Certificate")])
        #expect(stack.resources[0].properties["QueueName"] == .ref(Address(stack: "site-web", logicalID: "Certificate", kind: .parameter)))
        #expect(resolved?.stack(named: "site-certificate")?.outputs.first?.exportName == nil)
        #expect(resolved?.edges.map(\.reasons) == [[.crossRegionParameter(.reference(certificate.address), parameter: "Certificate")]])
    }

    @Test func useAcrossRegionsCanUseGetStackOutput() throws {
        var app = App("site", region: .euWest1)
        var certificates = Stack("site-certificate", region: .usEast1)
        let certificate = certificates.add("Certificate", GenericResource("AWS::CertificateManager::Certificate"))
        var web = Stack("site-web")
        web.crossRegionDelivery = .getStackOutput
        web.add("Inbox", queue(using: certificate.ref))
        app.add(certificates)
        app.add(web)
        let (resolved, _) = resolve(app)
        #expect(
            resolved?.stack(named: "site-web")?.resources[0].properties["QueueName"]
                == .function("GetStackOutput", .map(["StackName": "site-certificate", "OutputName": "Certificate", "Region": "us-east-1"])))
        #expect(resolved?.edges.map(\.reasons) == [[.stackOutput(.reference(certificate.address))]])
    }

    /// Across accounts, `Fn::GetStackOutput` assumes the role the consumer names, and no role
    /// stackgen would have to invent.
    @Test func getStackOutputAcrossAccountsUsesTheDeclaredReaderRole() throws {
        var app = App("site", region: .euWest1, account: "111111111111")
        var certificates = Stack("site-certificate", region: .usEast1, account: "222222222222")
        let certificate = certificates.add("Certificate", GenericResource("AWS::CertificateManager::Certificate"))
        var web = Stack("site-web")
        web.crossRegionDelivery = .getStackOutput
        web.add("Inbox", queue(using: certificate.ref))
        var reader = web
        reader.outputReaderRoleArn = "arn:aws:iam::222222222222:role/output-reader"
        app.add([certificates, web])
        let (plain, _) = resolve(app)
        #expect(
            plain?.stack(named: "site-web")?.resources[0].properties["QueueName"]
                == .function("GetStackOutput", .map(["StackName": "site-certificate", "OutputName": "Certificate", "Region": "us-east-1"])))
        var withRole = App("site", region: .euWest1, account: "111111111111")
        withRole.add([certificates, reader])
        let (resolved, texts) = resolve(withRole)
        #expect(texts == [])
        #expect(
            resolved?.stack(named: "site-web")?.resources[0].properties["QueueName"]
                == .function(
                    "GetStackOutput",
                    .map([
                        "StackName": "site-certificate", "OutputName": "Certificate", "Region": "us-east-1",
                        "RoleArn": "arn:aws:iam::222222222222:role/output-reader",
                    ])))
    }

    @Test func wavesCriticalPathAndScripts() throws {
        var app = App("chain", region: .euWest1)
        var a = Stack("a")
        let first = a.add("First", topic)
        var b = Stack("b")
        let second = b.add("Second", queue(using: first.ref))
        var c = Stack("c")
        c.add("Third", queue(using: second.ref))
        var d = Stack("d")
        d.add("Fourth", queue(using: first.ref))
        app.add([a, b, c, d])
        app.add(ScriptStep("migrate", command: "./migrate.sh", after: ["a"], before: ["c"]))
        let (resolved, texts) = resolve(app)
        #expect(texts.isEmpty)
        #expect(resolved?.plan.waves == [["a"], ["b", "d", "migrate"], ["c"]])
        #expect(resolved?.plan.criticalPath == ["a", "b", "c"])
    }

    @Test func languageExtensionsAndSAMTransformsAreAddedWhenUsed() {
        var app = App("t", region: .euWest1)
        var stack = Stack("t")
        stack.add("Fn", GenericResource("AWS::Serverless::Function", properties: ["Description": Fn.toJsonString(["a": 1] as Expr).expression]))
        app.add(stack)
        let (resolved, _) = resolve(app)
        #expect(resolved?.stacks[0].transforms == ["AWS::LanguageExtensions", "AWS::Serverless-2016-10-31"])
    }
}
