import Testing
import StackgenCore
@testable import StackgenResolver

/// SG403: a property the registry schema marks deprecated, set by the author.
@Suite struct DeprecatedPropertyTests {
    let file = "StackgenResolverTests/DeprecatedPropertyTests.swift"

    @Test func nestedDeprecatedPropertyWarnsAtItsPath() {
        var app = App("cdn", region: .euWest1)
        var edge = Stack("edge")
        let line = #line + 1
        edge.add("Cdn", GenericResource("AWS::CloudFront::Distribution", properties: [
            "DistributionConfig": ["Enabled": true, "S3Origin": ["DNSName": "site.s3.amazonaws.com"]],
        ]))
        app.add(edge)
        let (resolved, texts) = resolve(app)
        #expect(resolved != nil)
        #expect(
            texts == [
                """
                \(file):\(line): warning[SG403]: property 'DistributionConfig.S3Origin' of 'AWS::CloudFront::Distribution' is deprecated
                  at: stack edge › resource Cdn › Properties.DistributionConfig.S3Origin
                  hint: remove 'S3Origin'; the resource type's registry schema marks it deprecated, so CloudFormation may stop accepting it
                """
            ])
    }

    @Test func everyListItemThatSetsTheDeprecatedFieldWarns() {
        var app = App("apps", region: .euWest1)
        var stream = Stack("stream")
        let line = #line + 1
        stream.add("Block", GenericResource("AWS::AppStream::AppBlock", properties: [
            "Name": "block",
            "Tags": [["Key": "team", "Value": "a"], ["TagKey": "old", "TagValue": "b"]],
        ]))
        app.add(stream)
        let (_, texts) = resolve(app)
        #expect(texts.count == 2)
        #expect(texts.first?.hasPrefix("\(file):\(line): warning[SG403]: property 'Tags.1.TagKey' of 'AWS::AppStream::AppBlock' is deprecated\n  at: stack stream › resource Block › Properties.Tags.1.TagKey\n") == true)
        #expect(texts.last?.hasPrefix("\(file):\(line): warning[SG403]: property 'Tags.1.TagValue' of 'AWS::AppStream::AppBlock' is deprecated\n") == true)
    }

    @Test func currentPropertiesAndIntrinsicsInTheWayDoNotWarn() {
        var app = App("cdn", region: .euWest1)
        var edge = Stack("edge")
        // An import could hold a deprecated field, but the author did not write one.
        let shared = app.externalExport("shared:distribution-config")
        edge.add("Cdn", GenericResource("AWS::CloudFront::Distribution", properties: [
            "DistributionConfig": .importValue(shared.name),
        ]))
        edge.add("Cache", GenericResource("AWS::ElastiCache::CacheCluster", properties: ["CacheNodeType": "cache.t3.micro"]))
        app.add(edge)
        let (resolved, texts) = resolve(app)
        #expect(resolved != nil)
        #expect(texts == [])
    }
}
