import StackgenCore

/// A small app that exercises every kind of edge with generic resources: a table used by
/// an API (same region: export + import), a us-east-1 topic whose ARN an eu-west-1 stack
/// stores (across regions: a deploy-time parameter) and a script step. It uses only types
/// moto models, so CI deploys it for real (`scripts/moto-deploy.sh`).
public enum StarterApp {
    public static var app: App {
        var app = App("starter", description: "A three-stack starter app.", region: .euWest1)
        let data = DataStack()
        let alerts = AlertsStack()
        app.add(data.stack)
        app.add(alerts.stack)
        app.add(ApiStack(data: data).stack)
        app.add(OpsStack(alerts: alerts).stack)
        app.add(ScriptStep("seed-table", command: "./scripts/seed.sh", description: "Loads sample rows.", after: [data.stack.name]))
        return app
    }
}

struct DataStack {
    var stack = Stack("starter-data", description: "Orders table.")
    let table: Resource<GenericResource>

    init() {
        table = stack.add(
            "OrdersTable",
            GenericResource(
                "AWS::DynamoDB::Table",
                properties: [
                    "BillingMode": "PAY_PER_REQUEST",
                    "AttributeDefinitions": [["AttributeName": "pk", "AttributeType": "S"]],
                    "KeySchema": [["AttributeName": "pk", "KeyType": "HASH"]],
                ]),
            deletionPolicy: .retain, updateReplacePolicy: .retain)
    }
}

/// Billing metrics exist only in us-east-1, so the alerts topic lives there.
struct AlertsStack {
    var stack = Stack("starter-alerts", region: .usEast1, description: "Billing alerts topic.")
    let topic: Resource<GenericResource>

    init() {
        let email = stack.parameter("AlertEmail", default: "ops@example.com")
        topic = stack.add(
            "BillingAlerts",
            GenericResource(
                "AWS::SNS::Topic",
                properties: [
                    "DisplayName": "Starter billing alerts",
                    "Subscription": [["Protocol": "email", "Endpoint": Expr(email.value)]],
                ]))
    }
}

struct ApiStack {
    var stack = Stack("starter-api", description: "Orders function.")

    init(data: DataStack) {
        let role = stack.add(
            "OrdersFunctionRole",
            GenericResource(
                "AWS::IAM::Role",
                properties: [
                    "AssumeRolePolicyDocument": [
                        "Version": "2012-10-17",
                        "Statement": [
                            ["Effect": "Allow", "Principal": ["Service": "lambda.amazonaws.com"], "Action": "sts:AssumeRole"]
                        ],
                    ],
                    "Policies": [
                        [
                            "PolicyName": "orders-table",
                            "PolicyDocument": [
                                "Version": "2012-10-17",
                                "Statement": [
                                    ["Effect": "Allow", "Action": ["dynamodb:GetItem", "dynamodb:PutItem"], "Resource": Expr(data.table.getAtt("Arn"))]
                                ],
                            ],
                        ]
                    ],
                ]))
        let tableName: Value<String> = data.table.ref
        stack.add(
            "OrdersFunction",
            GenericResource(
                "AWS::Lambda::Function",
                properties: [
                    "Runtime": "python3.13",
                    "Handler": "index.handler",
                    "Role": Expr(role.getAtt("Arn")),
                    "Code": ["ZipFile": "def handler(event, context):\n    return {'statusCode': 200}\n"],
                    "Environment": ["Variables": ["TABLE_NAME": Expr(tableName)]],
                ]))
    }
}

/// Publishes the alerts topic's ARN where eu-west-1 tooling looks for it.
struct OpsStack {
    var stack = Stack("starter-ops", description: "Operations settings.")

    init(alerts: AlertsStack) {
        let topicArn: Value<String> = alerts.topic.ref
        stack.add(
            "AlertsTopicParameter",
            GenericResource(
                "AWS::SSM::Parameter",
                properties: ["Name": "/starter/billing-alerts-topic", "Type": "String", "Value": Expr(topicArn)]))
    }
}
