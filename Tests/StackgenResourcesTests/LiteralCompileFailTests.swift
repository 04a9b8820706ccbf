import Foundation
import Testing

/// Literals that read naturally, and the misuses next to them that must still fail.
private let prelude = """
    var stack = Stack("shop")
    let bucket = stack.add("Images", S3.Bucket())

    """

let literalMisuses: [Misuse] = [
    Misuse(
        name: "misspelt region",
        correct: #"_ = App("shop", region: .euWest1); _ = Stack("edge", region: .usEast1); _ = App("new", region: .custom("xx-new-1"))"#,
        wrong: #"_ = App("shop", region: .euWset1)"#,
        expectedError: "error: type 'Region' has no member 'euWset1'"),
    Misuse(
        name: "region as a string in an app",
        correct: #"_ = App("shop", region: .euWest1)"#,
        wrong: #"_ = App("shop", region: "eu-wset-1")"#,
        expectedError: #"error: 'init(_:description:region:account:environments:sourceRoot:file:line:)' is unavailable: name the region with a 'Region' ('.euWest1'), or '.custom("xx-new-1")' for one stackgen does not know yet"#),
    Misuse(
        name: "region as a string in a stack",
        correct: #"_ = Stack("edge", region: .usEast1)"#,
        wrong: #"_ = Stack("edge", region: "us-east-1")"#,
        expectedError: #"error: 'init(_:region:account:description:tags:file:line:)' is unavailable: name the region with a 'Region' ('.usEast1'), or '.custom("xx-new-1")' for one stackgen does not know yet"#),
    Misuse(
        name: "region as a string in an environment",
        correct: #"_ = Environment("prod", region: .euWest1)"#,
        wrong: #"_ = Environment("prod", region: "eu-west-1")"#,
        expectedError: #"error: 'init(_:region:account:)' is unavailable: name the region with a 'Region' ('.euWest1'), or '.custom("xx-new-1")' for one stackgen does not know yet"#),
    Misuse(
        name: "integer literal for a Number property, string still rejected",
        correct: #"_ = CloudFront.Distribution.CustomErrorResponse(errorCode: 403, errorCachingMinTTL: 0)"#,
        wrong: #"_ = CloudFront.Distribution.CustomErrorResponse(errorCode: 403, errorCachingMinTTL: "0")"#,
        expectedError: "Value<Double>"),
    Misuse(
        name: "interpolated string output, wrong value type still rejected",
        correct: #"stack.output("ImagesUrl", "https://\(bucket.regionalDomainName)/", usedOutside: "the web build")"#,
        wrong: #"stack.output("ImagesUrl", "https://\(bucket.regionalDomainName)/", usedOutside: true)"#,
        expectedError: "Bool"),
    Misuse(
        name: "index key type is the table's enum",
        correct: #"_ = DynamoDB.Table.GlobalSecondaryIndex(indexName: "by-user", keySchema: [.init(attributeName: "user", keyType: .hash)], projection: .init())"#,
        wrong: #"_ = DynamoDB.Table.GlobalSecondaryIndex(indexName: "by-user", keySchema: [.init(attributeName: "user", keyType: .hsh)], projection: .init())"#,
        expectedError: "hsh"),
    Misuse(
        name: "SAM stream starting position is one enum",
        correct: #"_ = Serverless.Function.KinesisEventProperties(stream: "arn", startingPosition: .latest); _ = Serverless.Function.DynamoDBEventProperties(stream: "arn", startingPosition: .trimHorizon)"#,
        wrong: #"_ = Serverless.Function.KinesisEventProperties(stream: "arn", startingPosition: .lastest)"#,
        expectedError: "lastest"),
    Misuse(
        name: "an overridden resource keeps its typed handle",
        correct: #"let site = stack.add("Site", S3.Bucket().overriding("OwnershipControls.Rules.0.ObjectOwnership", with: "BucketOwnerEnforced")); _ = site.arn"#,
        wrong: #"let site = stack.add("Site", S3.Bucket().overriding("OwnershipControls.Rules.0.ObjectOwnership", with: "BucketOwnerEnforced")); _ = site.streamArn"#,
        expectedError: "streamArn"),
]

@Suite("Literals that read naturally", .serialized)
struct LiteralCompileFailTests {
    @Test(arguments: literalMisuses)
    func misuseIsRejected(_ misuse: Misuse) throws {
        let checker = try #require(CompileFailTests.checker, "StackgenResources.swiftmodule not found; set STACKGEN_MODULES_DIR")
        let correct = try checker.check(prelude + misuse.correct, name: "correct")
        #expect(correct.succeeded, "the corrected snippet must compile:\n\(correct.diagnostics)")
        let wrong = try checker.check(prelude + misuse.wrong, name: "wrong")
        #expect(!wrong.succeeded, "the misuse compiled")
        #expect(wrong.diagnostics.contains("error:"))
        #expect(wrong.diagnostics.contains(misuse.expectedError), "unexpected diagnostics:\n\(wrong.diagnostics)")
    }
}
