import StackgenCore
import StackgenDiff

/// Two versions of a small shop, with one of each change a diff reports.
enum ShopFixture {
    static let facts = FactsTable(
        createOnly: [
            "AWS::DynamoDB::Table": ["KeySchema", "TableName"], "AWS::S3::Bucket": ["BucketName"],
            "AWS::SSM::Parameter": ["Name"], "AWS::SQS::Queue": ["QueueName", "FifoQueue"],
        ],
        stateful: ["AWS::DynamoDB::Table", "AWS::S3::Bucket"])

    static func app(version: Int, orders: Bool = true) -> App {
        var app = App("shop", region: .euWest1)
        var data = Stack("shop-data")
        if orders {
            data.add(
            "Orders",
            GenericResource(
                "AWS::DynamoDB::Table",
                properties: [
                    "BillingMode": "PAY_PER_REQUEST",
                    "AttributeDefinitions": [["AttributeName": .string(version == 1 ? "pk" : "id"), "AttributeType": "S"]],
                    "KeySchema": [["AttributeName": .string(version == 1 ? "pk" : "id"), "KeyType": "HASH"]],
                ]),
            deletionPolicy: .retain)
        }
        let uploads = data.add(
            "Uploads", GenericResource("AWS::S3::Bucket", properties: ["BucketName": .string(version == 1 ? "shop-uploads" : "shop-uploads-2")]))
        let uploadsName: Value<String> = uploads.ref
        data.add(
            "UploadsParameter",
            GenericResource("AWS::SSM::Parameter", properties: ["Name": Expr(uploadsName), "Type": "String", "Value": "uploads"]))
        if version == 1 { data.add("Archive", GenericResource("AWS::S3::Bucket")) }
        let alerts = data.add("Alerts", GenericResource("AWS::SNS::Topic"))
        data.output("AlertsTopic", alerts.ref as Value<String>, exportName: version == 1 ? "shop-alerts" : "shop:alerts")
        app.add(data)

        var api = Stack("shop-api")
        api.add(
            "UploadsSetting",
            GenericResource("AWS::SSM::Parameter", properties: ["Name": "/shop/uploads", "Type": "String", "Value": Expr(uploadsName)]))
        api.add(version == 1 ? "Work" : "Jobs", GenericResource("AWS::SQS::Queue"))
        app.add(api)
        app.add(Stack(version == 1 ? "shop-old" : "shop-new").withTopic())
        return app
    }
}
