import StackgenCore

/// A small app that exercises every kind of edge with generic resources: a table used by
/// an API (same region: export + import), a us-east-1 certificate used by an eu-west-1
/// distribution (across regions: a deploy-time parameter) and a script step.
public enum StarterApp {
    public static var app: App {
        var app = App("starter", description: "A three-stack starter app.", region: "eu-west-1")
        let data = DataStack()
        let certificate = CertificateStack()
        app.add(data.stack)
        app.add(certificate.stack)
        app.add(ApiStack(data: data).stack)
        app.add(WebStack(certificate: certificate).stack)
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

struct CertificateStack {
    var stack = Stack("starter-certificate", region: "us-east-1", description: "CloudFront certificate.")
    let certificate: Resource<GenericResource>

    init() {
        let domain = stack.parameter("DomainName", default: "example.com")
        certificate = stack.add(
            "Certificate",
            GenericResource(
                "AWS::CertificateManager::Certificate",
                properties: ["DomainName": domain.value.expression, "ValidationMethod": "DNS"]))
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

struct WebStack {
    var stack = Stack("starter-web", description: "Static site distribution.")

    init(certificate: CertificateStack) {
        let certificateArn: Value<String> = certificate.certificate.ref
        stack.add(
            "Distribution",
            GenericResource(
                "AWS::CloudFront::Distribution",
                properties: [
                    "DistributionConfig": [
                        "Enabled": true,
                        "Aliases": ["www.example.com"],
                        "DefaultCacheBehavior": [
                            "TargetOriginId": "site",
                            "ViewerProtocolPolicy": "redirect-to-https",
                            "CachePolicyId": "658327ea-f89d-4fab-a63d-7e88639e58f6",
                        ],
                        "Origins": [["Id": "site", "DomainName": "example.com", "CustomOriginConfig": ["OriginProtocolPolicy": "https-only"]]],
                        "ViewerCertificate": [
                            "AcmCertificateArn": Expr(certificateArn), "SslSupportMethod": "sni-only", "MinimumProtocolVersion": "TLSv1.2_2021",
                        ],
                    ]
                ]))
    }
}
