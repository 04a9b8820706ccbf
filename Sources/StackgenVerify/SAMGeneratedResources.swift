import StackgenJSON

/// The resources the SAM transform adds for a declared one, which a template may name in
/// `Ref`, `Fn::GetAtt` and `DependsOn` before the transform runs.
///
/// Read from the declaration's own JSON; kept apart from the resolver's list on purpose
/// (the verifier must not share the resolver's tables). To be replaced by
/// `SAMFacts.generatedResourceNames` once the catalog's StackgenFacts module exists.
enum SAMGeneratedResources {
    /// Generated name → CloudFormation type.
    static func names(for logicalID: String, declaration: JSONNode) -> [(String, String)] {
        let properties = declaration["Properties"]
        switch declaration["Type"]?.string {
        case "AWS::Serverless::Function":
            var names = [
                ("\(logicalID)Role", "AWS::IAM::Role"), ("\(logicalID).Version", "AWS::Lambda::Version"),
                ("\(logicalID).Alias", "AWS::Lambda::Alias"), ("\(logicalID)Url", "AWS::Lambda::Url"),
            ]
            if let alias = properties?["AutoPublishAlias"]?.string {
                names.append(("\(logicalID)Alias\(alphanumeric(alias))", "AWS::Lambda::Alias"))
            }
            return names
        case "AWS::Serverless::StateMachine":
            return [("\(logicalID)Role", "AWS::IAM::Role")]
        case "AWS::Serverless::Api":
            return apiNames(logicalID, stage: properties?["StageName"]?.string, stageType: "AWS::ApiGateway::Stage")
                + [("\(logicalID).Deployment", "AWS::ApiGateway::Deployment")]
        case "AWS::Serverless::HttpApi":
            return apiNames(logicalID, stage: properties?["StageName"]?.string ?? "ApiGatewayDefault", stageType: "AWS::ApiGatewayV2::Stage")
        case "AWS::Serverless::WebSocketApi":
            return apiNames(logicalID, stage: properties?["StageName"]?.string, stageType: "AWS::ApiGatewayV2::Stage")
        default:
            return []
        }
    }

    /// The APIs SAM creates for function events that name no API of their own.
    static func implicitAPIs(in resources: [JSONMember]) -> [(String, String)] {
        var names: [(String, String)] = []
        let events = resources.filter { $0.value["Type"]?.string == "AWS::Serverless::Function" }
            .flatMap { $0.value["Properties"]?["Events"]?.members ?? [] }
        if events.contains(where: { $0.value["Type"]?.string == "Api" && $0.value["Properties"]?["RestApiId"] == nil }) {
            names += [
                ("ServerlessRestApi", "AWS::ApiGateway::RestApi"), ("ServerlessRestApiProdStage", "AWS::ApiGateway::Stage"),
                ("ServerlessRestApi.Deployment", "AWS::ApiGateway::Deployment"),
            ]
        }
        if events.contains(where: { $0.value["Type"]?.string == "HttpApi" && $0.value["Properties"]?["ApiId"] == nil }) {
            names += [
                ("ServerlessHttpApi", "AWS::ApiGatewayV2::Api"),
                ("ServerlessHttpApiApiGatewayDefaultStage", "AWS::ApiGatewayV2::Stage"),
            ]
        }
        return names
    }

    /// `<Api><Stage>Stage` (the stage name with everything but letters and digits removed)
    /// and the `<Api>.Stage` reference form.
    private static func apiNames(_ logicalID: String, stage: String?, stageType: String) -> [(String, String)] {
        var names = [("\(logicalID).Stage", stageType)]
        if let stage { names.append(("\(logicalID)\(alphanumeric(stage))Stage", stageType)) }
        return names
    }

    private static func alphanumeric(_ text: String) -> String {
        String(text.unicodeScalars.filter { $0.isASCII && $0.properties.isAlphabetic || ("0"..."9").contains($0) })
    }
}
