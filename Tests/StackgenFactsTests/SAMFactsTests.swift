import StackgenFacts
import Testing

@Suite("SAM facts")
struct SAMFactsTests {
    private func names(_ resource: SAMResource) -> [String] {
        SAMFacts.generatedResourceNames(of: resource)
    }

    @Test func functionWithoutRoleGetsOneAndItsEventsTheirResources() {
        let function = SAMResource(
            logicalID: "Orders", type: "AWS::Serverless::Function",
            properties: ["Handler": "app.handler"],
            events: [
                SAMEvent(name: "Nightly", type: "Schedule"),
                SAMEvent(name: "Queue", type: "SQS"),
                SAMEvent(name: "Get", type: "Api", properties: ["Path": "/", "Method": "get"]),
            ])
        #expect(
            names(function) == [
                "OrdersGetPermission", "OrdersNightly", "OrdersNightlyPermission", "OrdersQueue", "OrdersRole",
                "ServerlessRestApi", "ServerlessRestApiDeployment", "ServerlessRestApiProdStage",
            ])
        let permission = SAMFacts.generatedResources(of: function).first { $0.name == "OrdersGetPermission" }
        #expect(permission?.matches("OrdersGetPermissionProd") == true)
        #expect(SAMFacts.requiredCapability(of: function) == .iam)
    }

    @Test func functionWithRoleAndExplicitApiAddsNoRoleNorImplicitApi() {
        let function = SAMResource(
            logicalID: "Orders", type: "AWS::Serverless::Function",
            properties: ["Role": nil, "AutoPublishAlias": "live-1"],
            events: [SAMEvent(name: "Get", type: "HttpApi", properties: ["ApiId": nil])])
        #expect(names(function) == ["OrdersAliaslive1", "OrdersGetPermission", "OrdersVersion"])
        #expect(SAMFacts.requiredCapability(of: function) == nil)
    }

    @Test func restApiStageFollowsTheStageName() {
        func stage(_ value: String??) -> [SAMGeneratedResource] {
            var properties: [String: String?] = [:]
            if let value { properties["StageName"] = value }
            return SAMFacts.generatedResources(of: SAMResource(logicalID: "Api", type: "AWS::Serverless::Api", properties: properties))
                .filter { $0.type == "AWS::ApiGateway::Stage" }
        }
        #expect(stage("prod") == [SAMGeneratedResource("ApiprodStage", type: "AWS::ApiGateway::Stage")])
        // Not alphanumeric: SAM hashes it onto `<Api>Stage`.
        #expect(stage("v1.0") == [SAMGeneratedResource("ApiStage", .prefix, type: "AWS::ApiGateway::Stage")])
        // An intrinsic: the hash of nothing is empty.
        #expect(stage(.some(nil)) == [SAMGeneratedResource("ApiStage", type: "AWS::ApiGateway::Stage")])
        let api = SAMFacts.generatedResources(of: SAMResource(logicalID: "Api", type: "AWS::Serverless::Api", properties: ["StageName": "prod"]))
        #expect(api.contains(SAMGeneratedResource("ApiDeployment", .prefix, type: "AWS::ApiGateway::Deployment")))
    }

    @Test func httpApiWithoutStageNameGetsTheDefaultStage() {
        let api = SAMResource(logicalID: "Http", type: "AWS::Serverless::HttpApi")
        #expect(names(api) == ["HttpApiGatewayDefaultStage"])
        let staged = SAMResource(logicalID: "Http", type: "AWS::Serverless::HttpApi", properties: ["StageName": "v1"])
        #expect(names(staged) == ["Httpv1Stage"])
    }

    @Test func stateMachineAndConnectorNeedIAM() {
        let machine = SAMResource(logicalID: "Flow", type: "AWS::Serverless::StateMachine")
        #expect(names(machine) == ["FlowRole"])
        let connector = SAMResource(logicalID: "Link", type: "AWS::Serverless::Connector")
        #expect(SAMFacts.requiredCapability(of: connector) == .iam)
        #expect(names(SAMResource(logicalID: "Table", type: "AWS::Serverless::SimpleTable")).isEmpty)
    }
}
