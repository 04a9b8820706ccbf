/// The CloudFormation type each SAM type becomes under the transform (the `resource_type`
/// of the resource `to_cloudformation` declares under the SAM resource's own logical id,
/// in aws-sam-translator 1.115.0's `model/sam_resources.py`). A SAM type is stateful when
/// the type it becomes is.
enum SAMPrimaryTypes {
    static let byType: [String: String] = [
        "AWS::Serverless::Api": "AWS::ApiGateway::RestApi",
        "AWS::Serverless::Application": "AWS::CloudFormation::Stack",
        "AWS::Serverless::CapacityProvider": "AWS::Lambda::CapacityProvider",
        "AWS::Serverless::Function": "AWS::Lambda::Function",
        "AWS::Serverless::GraphQLApi": "AWS::AppSync::GraphQLApi",
        "AWS::Serverless::HttpApi": "AWS::ApiGatewayV2::Api",
        "AWS::Serverless::LayerVersion": "AWS::Lambda::LayerVersion",
        "AWS::Serverless::SimpleTable": "AWS::DynamoDB::Table",
        "AWS::Serverless::StateMachine": "AWS::StepFunctions::StateMachine",
        "AWS::Serverless::WebFunction": "AWS::Lambda::WebFunction",
        "AWS::Serverless::WebSocketApi": "AWS::ApiGatewayV2::Api",
    ]
}
