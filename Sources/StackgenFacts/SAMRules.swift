/// The per-type rules behind `SAMFacts.generatedResources(of:)`; line numbers are of
/// aws-sam-translator 1.115.0's `samtranslator/` package.
struct SAMRules {
    let resource: SAMResource
    private(set) var result: Set<SAMGeneratedResource> = []
    private var id: String { resource.logicalID }

    init(_ resource: SAMResource) { self.resource = resource }

    mutating func add(_ name: String, _ match: SAMGeneratedResource.Match = .exact, type: String) {
        result.insert(SAMGeneratedResource(name, match, type: type))
    }

    /// `<id><suffix>` as an IAM role unless `property` supplies one
    /// (model/role_utils/role_constructor.py:121 for execution roles).
    mutating func roleUnless(_ property: String, suffix: String) {
        if !resource.sets(property) { add(id + suffix, type: "AWS::IAM::Role") }
    }

    mutating func function() {
        roleUnless("Role", suffix: "Role")
        if resource.sets("AutoPublishAlias") {
            // sam_resources.py:1187 (hashed), 1272 (`<id>Alias<alias, alphanumerics only>`).
            add(id + "Version", .prefix, type: "AWS::Lambda::Version")
            if let alias = resource.string("AutoPublishAlias") {
                add(id + "Alias" + alias.filter(\.isASCIIAlphanumeric), type: "AWS::Lambda::Alias")
            } else {
                add(id + "Alias", .prefix, type: "AWS::Lambda::Alias")
            }
        }
        if resource.sets("DeploymentPreference") {
            // preferences/deployment_preference_collection.py:23, 24, 325
            add(id + "DeploymentGroup", type: "AWS::CodeDeploy::DeploymentGroup")
            add("ServerlessDeploymentApplication", type: "AWS::CodeDeploy::Application")
            add("CodeDeployServiceRole", type: "AWS::IAM::Role")
        }
        if resource.sets("EventInvokeConfig") {
            add(id + "EventInvokeConfig", type: "AWS::Lambda::EventInvokeConfig")  // sam_resources.py:521
        }
        if resource.sets("FunctionUrlConfig") {
            add(id + "Url", type: "AWS::Lambda::Url")  // sam_resources.py:1398
            // sam_resources.py:1499, 1539: public URLs (AuthType NONE) get two permissions.
            add(id + "UrlPublicPermissions", type: "AWS::Lambda::Permission")
            add(id + "URLInvokeAllowPublicAccess", type: "AWS::Lambda::Permission")
        }
        for event in resource.events { functionEvent(event) }
    }

    /// An event's resources are named `<function><event name>…` (sam_resources.py:1002).
    private mutating func functionEvent(_ event: SAMEvent) {
        let base = id + event.name
        let permission = "AWS::Lambda::Permission"
        switch event.type {
        case "Schedule", "CloudWatchEvent", "EventBridgeRule":
            add(base, type: "AWS::Events::Rule")  // eventsources/push.py:150, 250
            add(base + "Permission", type: permission)  // push.py:84
        case "ScheduleV2":
            add(base, type: "AWS::Scheduler::Schedule")
            if !event.sets("RoleArn") { add(base + "Role", type: "AWS::IAM::Role") }  // scheduler.py:184
        case "S3", "AlexaSkill":
            add(base + "Permission", type: permission)  // push.py:84 via 365, 1171
        case "SNS":
            add(base, type: "AWS::SNS::Subscription")  // push.py:632
            add(base + "Permission", type: permission)
            if event.sets("SqsSubscription") {
                add(base + "Queue", type: "AWS::SQS::Queue")  // push.py:652
                add(base + "EventSourceMapping", type: "AWS::Lambda::EventSourceMapping")  // push.py:660
                add(base + "QueuePolicy", type: "AWS::SQS::QueuePolicy")  // push.py:669
            }
        case "IoTRule":
            add(base, type: "AWS::IoT::TopicRule")  // push.py:1209
            add(base + "Permission", type: permission)
        case "CloudWatchLogs":
            add(base, type: "AWS::Logs::SubscriptionFilter")  // cloudwatchlogs.py:54
            add(base + "Permission", type: permission)
        case "Cognito":
            add(id + "CognitoPermission", type: permission)  // push.py:1270
        case "Kinesis", "DynamoDB", "SQS", "MSK", "MQ", "SelfManagedKafka", "DocumentDB":
            add(base, type: "AWS::Lambda::EventSourceMapping")  // pull.py:132
        case "Api":
            // push.py:819-849: `Permission` + the stage (`Prod` for the implicit API).
            add(base + "Permission", .prefix, type: permission)
            if !event.sets("RestApiId") { implicitRestApi() }
        case "HttpApi":
            add(base + "Permission", type: permission)  // push.py:1451
            if !event.sets("ApiId") { implicitHttpApi() }
        default: break
        }
    }

    mutating func stateMachine() {
        roleUnless("Role", suffix: "Role")  // sam_resources.py:3032
        for event in resource.events {
            let base = id + event.name  // sam_resources.py:3066
            switch event.type {
            case "Schedule", "CloudWatchEvent", "EventBridgeRule":
                add(base, type: "AWS::Events::Rule")  // stepfunctions/events.py:130, 255
                add(base + "Role", type: "AWS::IAM::Role")  // stepfunctions/events.py:72
            case "ScheduleV2":
                add(base, type: "AWS::Scheduler::Schedule")
                if !event.sets("RoleArn") { add(base + "Role", type: "AWS::IAM::Role") }
            case "Api":
                add(base + "Role", type: "AWS::IAM::Role")
                if !event.sets("RestApiId") { implicitRestApi() }
            default: break
            }
        }
    }

    /// plugins/api/implicit_rest_api_plugin.py:32, with the `Prod` stage of push.py:819.
    private mutating func implicitRestApi() {
        add("ServerlessRestApi", type: "AWS::ApiGateway::RestApi")
        add("ServerlessRestApiDeployment", .prefix, type: "AWS::ApiGateway::Deployment")
        add("ServerlessRestApiProdStage", type: "AWS::ApiGateway::Stage")
    }

    /// plugins/api/implicit_http_api_plugin.py:30, with the default stage of
    /// api/http_api_generator.py:463.
    private mutating func implicitHttpApi() {
        add("ServerlessHttpApi", type: "AWS::ApiGatewayV2::Api")
        add("ServerlessHttpApiApiGatewayDefaultStage", type: "AWS::ApiGatewayV2::Stage")
    }

    mutating func restApi() {
        // api/api_generator.py:431 (+ the hash of apigateway.py's make_auto_deployable).
        add(id + "Deployment", .prefix, type: "AWS::ApiGateway::Deployment")
        stage(type: "AWS::ApiGateway::Stage", defaultStage: nil)
        if resource.sets("Domain") {
            add(id, .prefix, type: "AWS::ApiGateway::BasePathMapping")  // api_generator.py:578, 843
            add("ApiGatewayDomainName", .prefix, type: "AWS::ApiGateway::DomainName")  // api_generator.py:501
        }
    }

    mutating func httpApi() {
        stage(type: "AWS::ApiGatewayV2::Stage", defaultStage: "ApiGatewayDefaultStage")
    }

    /// api_generator.py:451-456 and http_api_generator.py:459-466: an alphanumeric stage name
    /// gives `<id><stage>Stage`; another literal is hashed onto `<id>Stage`; an intrinsic
    /// gives `<id>Stage` (the hash of nothing is empty). An HTTP API without `StageName`
    /// (or with `$default`) gets `<id>ApiGatewayDefaultStage`.
    private mutating func stage(type: String, defaultStage: String?) {
        let name = resource.string("StageName")
        if let defaultStage, !resource.sets("StageName") || name == "$default" {
            add(id + defaultStage, type: type)
        } else if let name, !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber }) {
            add(id + name + "Stage", type: type)
        } else if let name, !name.isEmpty {
            add(id + "Stage", .prefix, type: type)
        } else if resource.sets("StageName") {
            add(id + "Stage", type: type)
        }
    }

    /// sam_resources.py:3247, 3289, 3328, 3358: which ones appear depends on the source and
    /// destination types; all are listed.
    mutating func connector() {
        add(id + "Policy", .prefix, type: "AWS::IAM::ManagedPolicy")
        add(id + "TopicPolicy", .prefix, type: "AWS::SNS::TopicPolicy")
        add(id + "QueuePolicy", .prefix, type: "AWS::SQS::QueuePolicy")
        for access in ["Read", "Write"] {
            add(id + access + "LambdaPermission", .prefix, type: "AWS::Lambda::Permission")
        }
    }

    mutating func graphQLApi() {
        add(id + "Schema", type: "AWS::AppSync::GraphQLSchema")  // sam_resources.py:3744
        if !resource.sets("Logging") {
            add(id + "CloudWatchRole", type: "AWS::IAM::Role")  // sam_resources.py:3728
        }
        if resource.sets("DomainName") {
            add(id + "DomainName", type: "AWS::AppSync::DomainName")  // sam_resources.py:3785
            add(id + "DomainNameApiAssociation", type: "AWS::AppSync::DomainNameApiAssociation")  // :3792
        }
        if resource.sets("Cache") { add(id + "ApiCache", type: "AWS::AppSync::ApiCache") }  // :3805
    }

    mutating func webFunction() {
        roleUnless("ExecutionRoleArn", suffix: "Role")  // sam_resources.py:1847, 2278
        add(id + "Revision", type: "AWS::Lambda::WebFunctionRevision")  // sam_resources.py:2082
        add(id + "Endpoint", type: "AWS::Lambda::WebFunctionEndpoint")  // sam_resources.py:2093
    }
}

extension Character {
    fileprivate var isASCIIAlphanumeric: Bool { isASCII && (isLetter || isNumber) }
}
