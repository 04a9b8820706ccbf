import StackgenApiGateway
import StackgenDynamoDB
import StackgenIAM
import StackgenLambda
import StackgenLogs

/// `petstore-backend`: the `PetStore` table, the function that serves and queries it (with
/// Bedrock for natural-language queries), and the `PetStoreAPI` REST API in front of it.
struct PetStoreBackend {
    var stack = Stack(
        "petstore-backend", region: .usEast1,
        description: "PetStore table, function and REST API (ListPets, AddPet, GetPetById, QueryPets).")
    let api: Resource<ApiGateway.RestApi>
    let stage: Resource<ApiGateway.Stage>

    init() {
        let table = stack.add(
            "PetStoreTable",
            DynamoDB.Table(
                keySchema: [.init(attributeName: "id", keyType: .hash)],
                attributeDefinitions: [.init(attributeName: "id", attributeType: .s)],
                billingMode: .payPerRequest,
                tableName: "PetStore"),
            deletionPolicy: .retain, updateReplacePolicy: .retain)

        let role = stack.add(
            "PetStoreLambdaRole",
            IAM.Role(
                assumeRolePolicyDocument: IAM.PolicyDocument(.assumeRole(by: .service("lambda.amazonaws.com"))),
                managedPolicyArns: ["arn:\(AWS.partition):iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"],
                policies: [
                    .init(
                        policyDocument: IAM.PolicyDocument(
                            .allow(
                                ["bedrock:InvokeModel"],
                                on: [
                                    "arn:\(AWS.partition):bedrock:*::foundation-model/*",
                                    "arn:\(AWS.partition):bedrock:*:\(AWS.accountID):inference-profile/*",
                                ])),
                        policyName: "bedrock-invoke"),
                    .init(
                        policyDocument: IAM.PolicyDocument(
                            .allow(["dynamodb:Scan", "dynamodb:PutItem", "dynamodb:GetItem"], on: [table.arn])),
                        policyName: "petstore-table"),
                ]))

        let function = stack.add(
            "PetStoreFunction",
            Lambda.Function(
                // The function's folder (lambda_function.py), which `aws cloudformation
                // package` zips and uploads at deploy time; the seed's deploy.sh did it by hand.
                code: .init(unchecked: .string("lambda/")),
                role: role.arn,
                environment: .init(variables: [
                    "TABLE_NAME": table.ref,
                    // Converse with the filter_pets tool for POST /pets/query.
                    "MODEL_ID": "us.amazon.nova-micro-v1:0",
                ]),
                functionName: "PetStoreFunction",
                handler: "lambda_function.lambda_handler",
                memorySize: 256,
                runtime: .python3_11,
                timeout: 30))

        stack.add(
            "PetStoreFunctionLogGroup",
            Logs.LogGroup(logGroupName: "/aws/lambda/PetStoreFunction"))

        api = stack.add(
            "PetStoreApi",
            ApiGateway.RestApi(
                body: PetStoreOpenAPI.document(invoking: function),
                endpointConfiguration: .init(types: ["REGIONAL"]),
                name: "PetStoreAPI"))

        let deployment = stack.add("PetStoreApiDeployment", ApiGateway.Deployment(restApiId: api.ref))
        stage = stack.add(
            "PetStoreApiProdStage",
            ApiGateway.Stage(restApiId: api.ref, deploymentId: deployment.ref, stageName: "prod"))

        stack.add(
            "PetStoreApiInvokePermission",
            Lambda.Permission(
                action: "lambda:InvokeFunction",
                functionName: function.ref,
                principal: "apigateway.amazonaws.com",
                sourceArn: "arn:\(AWS.partition):execute-api:\(AWS.region):\(AWS.accountID):\(api.ref)/*/*/*"))

        // The fact sheet's export names; the gateway stack imports both.
        stack.output("RestApiId", api.ref, exportName: "petstore-backend-RestApiId")
        stack.output("StageName", stage.ref, exportName: "petstore-backend-StageName")
        stack.output("ApiUrl", "https://\(api.ref).execute-api.\(AWS.region).\(AWS.urlSuffix)/prod")
    }
}
