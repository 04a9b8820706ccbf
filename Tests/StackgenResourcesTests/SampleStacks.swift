import StackgenCloudFront
import StackgenDSQL
import StackgenEvents
import StackgenIAM
import StackgenLambda
import StackgenRoute53
import StackgenS3
import StackgenServerless

/// Stacks written the way the seed apps use the catalog (Bartender hosting, datastore and
/// api stacks, abridged). Compiling this file is itself the "snippets that must pass"
/// proof for everyday code; `SampleStacksTests` checks a few emitted values.
enum SampleStacks {
    static func hosting(certificateArn: Value<String>) -> (Stack, Resource<CloudFront.Distribution>) {
        var stack = Stack("ai-bartender-hosting", region: .euWest1)
        let frontend = stack.add(
            "FrontendBucket",
            S3.Bucket(
                bucketEncryption: .init(serverSideEncryptionConfiguration: [
                    .init(serverSideEncryptionByDefault: .init(sseAlgorithm: .aes256))
                ]),
                publicAccessBlockConfiguration: .init(
                    blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true,
                    restrictPublicBuckets: true)))
        let images = stack.add(
            "ImagesBucket",
            S3.Bucket(
                corsConfiguration: .init(corsRules: [
                    .init(allowedMethods: [.get, .put], allowedOrigins: ["*"], allowedHeaders: ["*"])
                ]),
                notificationConfiguration: .init(eventBridgeConfiguration: .init(eventBridgeEnabled: true))))
        let access = stack.add(
            "FrontendOriginAccessControl",
            CloudFront.OriginAccessControl(
                originAccessControlConfig: .init(
                    name: "\(AWS.stackName)-frontend", originAccessControlOriginType: .s3,
                    signingBehavior: .always, signingProtocol: .sigv4)))
        let cdn = stack.add(
            "MainCDN",
            CloudFront.Distribution(
                distributionConfig: .init(
                    defaultCacheBehavior: .init(
                        targetOriginId: "frontend", viewerProtocolPolicy: .redirectToHttps,
                        cachePolicyId: "658327ea-f89d-4fab-a63d-7e88639e58f6", compress: true),
                    enabled: true,
                    aliases: ["bartender.example.com"],
                    customErrorResponses: [
                        .init(errorCode: 403, responseCode: 200, responsePagePath: "/index.html")
                    ],
                    defaultRootObject: "index.html",
                    httpVersion: .http2and3,
                    origins: [
                        .init(
                            domainName: frontend.regionalDomainName, id: "frontend",
                            originAccessControlId: access.id, s3OriginConfig: .init(originAccessIdentity: "")),
                        .init(
                            domainName: images.regionalDomainName, id: "images",
                            originAccessControlId: access.id, s3OriginConfig: .init(originAccessIdentity: "")),
                    ],
                    priceClass: .priceClass100,
                    viewerCertificate: .init(
                        acmCertificateArn: certificateArn, minimumProtocolVersion: .tlsv1_2_2021,
                        sslSupportMethod: .sniOnly))))
        stack.add(
            "FrontendBucketPolicy",
            S3.BucketPolicy(
                bucket: frontend.ref,
                policyDocument: IAM.PolicyDocument(
                    .grant(
                        .service("cloudfront.amazonaws.com"), ["s3:GetObject"], on: ["\(frontend.arn)/*"],
                        when: [.stringEquals("AWS:SourceArn", "arn:aws:cloudfront::\(AWS.accountID):distribution/\(cdn.id)")])
                )))
        stack.add(
            "DNSRecord",
            Route53.RecordSet(
                name: "bartender.example.com", type: "A",
                aliasTarget: .init(dnsName: cdn.domainName, hostedZoneId: "Z2FDTNDATAQYW2"),
                hostedZoneId: "Z123"))
        return (stack, cdn)
    }

    static func datastore() -> (Stack, Resource<DSQL.Cluster>, Resource<IAM.Role>) {
        var stack = Stack("ai-bartender-datastore", region: .euWest1)
        let cluster = stack.add("DSQLCluster", DSQL.Cluster(deletionProtectionEnabled: true))
        let writer = stack.add(
            "DataWriterRole",
            IAM.Role(
                assumeRolePolicyDocument: IAM.PolicyDocument(
                    .assumeRole(
                        by: .currentAccount,
                        when: [.arnLike("aws:PrincipalArn", "arn:aws:iam::\(AWS.accountID):role/*ai-bartender*")])
                ),
                policies: [
                    .init(
                        policyDocument: IAM.PolicyDocument(
                            .allow(["dsql:DbConnect"], on: [cluster.resourceArn])),
                        policyName: "dsql-writer")
                ]))
        return (stack, cluster, writer)
    }

    static func api(clusterEndpoint: Value<String>, busName: Value<String>) -> (Stack, Resource<Serverless.Function>) {
        var stack = Stack("ai-bartender-api", region: .euWest1)
        stack.setGlobals(
            Serverless.Globals.Function(
                architectures: ["arm64"], runtime: "python3.13", timeout: 30, tracing: .active))
        let layer = stack.add(
            "SharedLayer",
            Serverless.LayerVersion(contentUri: "layers/shared", compatibleRuntimes: ["python3.13"]))
        let api = stack.add(
            "AiBartenderApi",
            Serverless.Api(stageName: "v1", endpointConfiguration: "REGIONAL", tracingEnabled: true))
        let createOrder = stack.add(
            "CreateOrderFunction",
            Serverless.Function(
                codeUri: "src/createOrder",
                environment: .init(variables: ["DSQL_ENDPOINT": clusterEndpoint, "EVENT_BUS": busName]),
                events: [
                    "CreateOrder": .api(.init(method: "post", path: "/orders", restApiId: api.ref))
                ],
                handler: "app.handler",
                layers: [layer.ref],
                memorySize: 256,
                policies: [
                    .statements(.allow(["events:PutEvents"], on: ["arn:aws:events:\(AWS.region):\(AWS.accountID):event-bus/\(busName)"])),
                    .ssmParameterReadPolicy(parameterName: "ai-bartender/*"),
                ]))
        stack.add(
            "DrinkCreatedRule",
            Events.Rule(
                eventBusName: busName,
                eventPattern: ["source": ["ai-bartender.api"], "detail-type": ["DrinkCreated"]],
                state: .enabled,
                targets: [.init(arn: createOrder.arn, id: "CreateOrder")]))
        stack.add(
            "CreateOrderPermission",
            Lambda.Permission(
                action: "lambda:InvokeFunction", functionName: createOrder.ref, principal: "events.amazonaws.com"))
        return (stack, createOrder)
    }
}
