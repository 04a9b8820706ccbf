import Foundation
import Testing

/// A misuse and its corrected twin: the fix must compile (so the failure is the misuse's
/// own, not a typo in the test), the misuse must not, with the expected diagnostic: the
/// message of one of swiftc's `error:` lines, exactly.
struct Misuse: Sendable, CustomTestStringConvertible {
    let name: String
    let correct: String
    let wrong: String
    let expectedError: String

    var testDescription: String { name }
}

/// Shared declarations the snippets use.
private let prelude = """
    var stack = Stack("shop")
    let bucket = stack.add("Images", S3.Bucket())
    let table = stack.add("Orders", DynamoDB.Table(keySchema: [.init(attributeName: "pk", keyType: .hash)]))
    let function = stack.add("Handler", Serverless.Function(handler: "app.handler", runtime: "python3.13"))
    let zone = stack.add("Zone", Route53.HostedZone(name: "example.com"))
    func publicBucketURL(_ bucket: Resource<S3.Bucket>) -> Value<String> { "https://\\(bucket.regionalDomainName)" }

    """

let misuses: [Misuse] = [
    Misuse(
        name: "misspelled property",
        correct: #"_ = S3.Bucket(bucketName: "images")"#,
        wrong: #"_ = S3.Bucket(bucketNmae: "images")"#,
        expectedError: "incorrect argument label in call (have 'bucketNmae:', expected 'bucketName:')"),
    Misuse(
        name: "property of another resource type",
        correct: #"_ = S3.Bucket(bucketName: "images")"#,
        wrong: #"_ = S3.Bucket(tableName: "images")"#,
        expectedError: "extra argument 'tableName' in call"),
    Misuse(
        name: "missing required property",
        correct: #"_ = Lambda.Permission(action: "lambda:InvokeFunction", functionName: function.ref, principal: "s3.amazonaws.com")"#,
        wrong: #"_ = Lambda.Permission(action: "lambda:InvokeFunction", functionName: function.ref)"#,
        expectedError: "missing argument for parameter 'principal' in call"),
    Misuse(
        name: "string where a boolean goes",
        correct: #"_ = DSQL.Cluster(deletionProtectionEnabled: true)"#,
        wrong: #"_ = DSQL.Cluster(deletionProtectionEnabled: "yes")"#,
        expectedError: "generic struct 'Value' requires the types 'Bool' and 'String' be equivalent"),
    Misuse(
        name: "integer where a string goes",
        correct: #"_ = SQS.Queue(queueName: "orders")"#,
        wrong: #"_ = SQS.Queue(queueName: 42)"#,
        expectedError: "generic struct 'Value' requires the types 'String' and 'Int' be equivalent"),
    Misuse(
        name: "string where an integer goes",
        correct: #"_ = Serverless.Function(memorySize: 256)"#,
        wrong: #"_ = Serverless.Function(memorySize: "256")"#,
        expectedError: "generic struct 'Value' requires the types 'Int' and 'String' be equivalent"),
    Misuse(
        name: "invalid enum case",
        correct: #"_ = DynamoDB.Table(keySchema: [.init(attributeName: "pk", keyType: .hash)], billingMode: .payPerRequest)"#,
        wrong: #"_ = DynamoDB.Table(keySchema: [.init(attributeName: "pk", keyType: .hash)], billingMode: .payPerReqest)"#,
        expectedError: "type 'DynamoDB.Table.BillingMode?' has no member 'payPerReqest'"),
    Misuse(
        name: "raw string where an enum goes",
        correct: #"_ = S3.Bucket(versioningConfiguration: .init(status: .enabled))"#,
        wrong: #"_ = S3.Bucket(versioningConfiguration: .init(status: "Enabled"))"#,
        expectedError: "cannot convert value of type 'String' to expected argument type 'S3.Bucket.VersioningConfigurationStatus'"),
    Misuse(
        name: "attribute the type does not have",
        correct: #"let arn: Value<String> = bucket.arn; _ = arn"#,
        wrong: #"let arn: Value<String> = bucket.streamArn; _ = arn"#,
        expectedError: "no exact matches in reference to property 'streamArn'"),
    Misuse(
        name: "another SAM type's attribute",
        correct: #"let arn: Value<String> = function.arn; _ = arn"#,
        wrong: #"let id: Value<String> = function.rootResourceId; _ = id"#,
        expectedError: "no exact matches in reference to property 'rootResourceId'"),
    Misuse(
        name: "one type's handle where another's is required",
        correct: #"_ = publicBucketURL(bucket)"#,
        wrong: #"_ = publicBucketURL(table)"#,
        expectedError: "cannot convert value of type 'Resource<DynamoDB.Table>' to expected argument type 'Resource<S3.Bucket>'"),
    Misuse(
        name: "list attribute where a string goes",
        correct: #"_ = SSM.Parameter(type: .string, value: zone.id)"#,
        wrong: #"_ = SSM.Parameter(type: .string, value: zone.nameServers)"#,
        expectedError: "cannot convert value of type 'Value<[String]>' to expected argument type 'Value<String>'"),
    Misuse(
        name: "arbitrary attribute by name",
        correct: #"_ = bucket.arn"#,
        wrong: #"_ = bucket.attribute("Arn", as: String.self)"#,
        expectedError: "'attribute' is inaccessible due to '@_spi' protection level"),
    Misuse(
        name: "property SAM does not accept in Globals",
        correct: #"_ = Serverless.Globals.Function(timeout: 30)"#,
        wrong: #"_ = Serverless.Globals.Function(functionName: "shared")"#,
        expectedError: "incorrect argument label in call (have 'functionName:', expected 'unchecked:')"),
    Misuse(
        name: "wrong parameter of a SAM policy template",
        correct: #"_ = Serverless.Function(policies: [.dynamoDBCrudPolicy(tableName: table.ref)])"#,
        wrong: #"_ = Serverless.Function(policies: [.dynamoDBCrudPolicy(bucketName: table.ref)])"#,
        expectedError: "incorrect argument label in call (have 'bucketName:', expected 'tableName:')"),
    Misuse(
        name: "statement where a policy document goes",
        correct: #"_ = IAM.Role(assumeRolePolicyDocument: IAM.PolicyDocument(.assumeRole(by: .service("lambda.amazonaws.com"))))"#,
        wrong: #"_ = IAM.Role(assumeRolePolicyDocument: IAM.PolicyStatement.assumeRole(by: .service("lambda.amazonaws.com")))"#,
        expectedError: "cannot convert value of type 'IAM.PolicyStatement' to expected argument type 'IAM.PolicyDocument'"),
]

@Suite("Misuse does not compile", .serialized)
struct CompileFailTests {
    static let checker = TypeChecker.locate()

    @Test(arguments: misuses)
    func misuseIsRejected(_ misuse: Misuse) throws {
        let checker = try #require(Self.checker, "StackgenResources.swiftmodule not found; set STACKGEN_MODULES_DIR")
        let correct = try checker.check(prelude + misuse.correct, name: "correct")
        #expect(correct.succeeded, "the corrected snippet must compile:\n\(correct.diagnostics)")
        let wrong = try checker.check(prelude + misuse.wrong, name: "wrong")
        #expect(!wrong.succeeded, "the misuse compiled")
        // The compiler's message, in full, on the misuse's own line; never a word of the
        // source that swiftc echoes under it.
        let line = TypeChecker.fileLine(ofBodyLine: prelude.split(separator: "\n", omittingEmptySubsequences: false).count)
        #expect(wrong.errors.contains(TypeChecker.Diagnostic(line: line, message: misuse.expectedError)), "unexpected diagnostics:\n\(wrong.diagnostics)")
        #expect(wrong.errors.allSatisfy { $0.line == line }, "errors outside the misuse:\n\(wrong.diagnostics)")
    }
}
