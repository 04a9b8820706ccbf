import StackgenFacts
import Testing

@Suite("Resource facts")
struct ResourceFactsTests {
    @Test func getAttNamesComeFromReadOnlyProperties() throws {
        let cluster = try #require(ResourceFacts.type("AWS::RDS::DBCluster"))
        // cfn-lint 1.58.0's own list for this type (get_type_getatts).
        #expect(
            cluster.attributes == [
                "DBClusterArn", "DBClusterResourceId", "Endpoint", "Endpoint.Address", "Endpoint.Port",
                "MasterUserSecret.SecretArn", "ReadEndpoint", "ReadEndpoint.Address", "StorageEncryptionType",
                "StorageThroughput",
            ])
        #expect(cluster.hasAttribute("Endpoint.Address"))
        #expect(!cluster.hasAttribute("Endpoint.Adress"))
    }

    @Test func cfnLintsAllPropertyTypesExposeEveryScalarProperty() throws {
        // AWS::SNS::Topic is in cfn-lint's `_all_property_types`: TopicName is no read-only
        // property, yet `Fn::GetAtt Topic.TopicName` is valid.
        let topic = try #require(ResourceFacts.type("AWS::SNS::Topic"))
        #expect(topic.hasAttribute("TopicName"))
        #expect(topic.hasAttribute("TopicArn"))
    }

    @Test func listElementsAreNoAttributes() throws {
        let stack = try #require(ResourceFacts.type("AWS::AppStream::Stack"))
        #expect(!stack.attributes.contains { $0.contains("*") })
    }

    @Test func nestedStackOutputsArePrefixes() throws {
        let stack = try #require(ResourceFacts.type("AWS::CloudFormation::Stack"))
        #expect(stack.hasAttribute("Outputs.TableName"))
        #expect(!stack.hasAttribute("Outputs."))
        #expect(!stack.hasAttribute("Arn"))
        let application = try #require(ResourceFacts.type("AWS::Serverless::Application"))
        #expect(application.hasAttribute("Outputs.ApiUrl"))
    }

    @Test func createOnlyAndDeprecatedPropertiesArePaths() throws {
        let bucket = try #require(ResourceFacts.type("AWS::S3::Bucket"))
        #expect(bucket.createOnlyProperties == ["BucketName", "BucketNamePrefix", "BucketNamespace"])
        let table = try #require(ResourceFacts.type("AWS::DynamoDB::Table"))
        #expect(table.createOnlyProperties.contains("TableName"))
        let dataSource = try #require(ResourceFacts.type("AWS::AppSync::DataSource"))
        #expect(dataSource.deprecatedProperties == ["ElasticsearchConfig"])
        #expect(bucket.deprecatedProperties.isEmpty)
    }

    @Test func iamTypesNeedACapabilityAndNamedOnesTheNamedOne() throws {
        let role = try #require(ResourceFacts.type("AWS::IAM::Role"))
        #expect(role.requiredCapability == .iam)
        #expect(role.namedIAMProperty == "RoleName")
        #expect(role.requiredCapability(settingProperty: { $0 == "RoleName" }) == .namedIAM)
        #expect(role.requiredCapability(settingProperty: { $0 == "Path" }) == .iam)
        // An inline policy's name names no IAM resource.
        let policy = try #require(ResourceFacts.type("AWS::IAM::Policy"))
        #expect(policy.requiredCapability(settingProperty: { _ in true }) == .iam)
        let named = ResourceFacts.typeNames.filter { ResourceFacts.type($0)?.namedIAMProperty != nil }
        #expect(
            named == [
                "AWS::IAM::Group", "AWS::IAM::InstanceProfile", "AWS::IAM::ManagedPolicy", "AWS::IAM::Role",
                "AWS::IAM::ServerCertificate", "AWS::IAM::User",
            ])
        #expect(ResourceFacts.type("AWS::Lambda::Function")?.requiredCapability == nil)
    }

    @Test func statefulTypesAreCfnLintsAndTheSAMTypesThatBecomeOne() {
        #expect(ResourceFacts.isStateful("AWS::DynamoDB::Table"))
        #expect(ResourceFacts.isStateful("AWS::S3::Bucket"))
        #expect(ResourceFacts.isStateful("AWS::Cognito::UserPool"))
        #expect(ResourceFacts.isStateful("AWS::RDS::DBCluster"))
        #expect(ResourceFacts.isStateful("AWS::Serverless::SimpleTable"))
        #expect(!ResourceFacts.isStateful("AWS::Lambda::Function"))
        #expect(!ResourceFacts.isStateful("AWS::Serverless::Function"))
        #expect(!ResourceFacts.isStateful("AWS::S3::Buckett"))
        #expect(ResourceFacts.type("AWS::Serverless::SimpleTable")?.transformsTo == "AWS::DynamoDB::Table")
    }

    @Test func everyTypeOfThePinnedSchemasIsKnown() {
        let names = ResourceFacts.typeNames
        // 1,853 AWS types of 307 services, Alexa::ASK::Skill, and SAM's 14.
        #expect(names.count == 1_868)
        let services = Set(names.filter { $0.hasPrefix("AWS::") && !$0.hasPrefix("AWS::Serverless::") }
            .map { $0.split(separator: ":")[1] })
        #expect(services.count == 307)
        #expect(ResourceFacts.type("Alexa::ASK::Skill") != nil)
        #expect(ResourceFacts.type("AWS::IoT::TopicRule") != nil)
        #expect(ResourceFacts.type("Custom::Thing") == nil)
        #expect(ResourceFacts.type("AWS::S3::Buckt") == nil)
    }
}

@Suite("Catalog module names")
struct CatalogModuleTests {
    @Test func moduleIsStackgenPlusTheNamespace() {
        #expect(CatalogModule.name(forType: "AWS::S3::Bucket") == "StackgenS3")
        #expect(CatalogModule.name(forType: "AWS::Serverless::Function") == "StackgenServerless")
        #expect(CatalogModule.name(forType: "AWS::IoT::TopicRule") == "StackgenIoT")
        #expect(CatalogModule.name(forType: "Custom::Thing") == nil)
        #expect(CatalogModule.name(forType: "Alexa::ASK::Skill") == nil)
        #expect(CatalogModule.name(forType: "AWS::S3::Buckt") == nil)
    }
}
