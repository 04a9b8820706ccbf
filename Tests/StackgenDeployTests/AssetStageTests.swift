import StackgenCore
import StackgenEmit
import StackgenPipeline
import Testing

@Suite struct AssetStageTests {
    static func app(sourceRoot: String? = "shop-src", codeUri: String = "src/orders/") -> App {
        var app = App("shop", region: .euWest1, sourceRoot: sourceRoot)
        var api = Stack("shop-api")
        api.add("Orders", GenericResource("AWS::Serverless::Function", properties: ["CodeUri": .string(codeUri), "Handler": .string("src/orders/")]))
        api.add("Layer", GenericResource("AWS::Lambda::LayerVersion", properties: ["Content": .string("layers/common.zip")]))
        api.add("Job", GenericResource("AWS::Glue::Job", properties: ["Command": .map(["ScriptLocation": .string("jobs/etl.py"), "Name": .string("glueetl")])]))
        api.add("Remote", GenericResource("AWS::Serverless::Function", properties: ["CodeUri": .string("s3://bucket/key.zip")]))
        api.transforms = ["AWS::Serverless-2016-10-31"]
        app.add(api)
        return app
    }

    static var files: MemoryFiles {
        var files = MemoryFiles()
        files.add("/work/shop-src/src/orders/app.py", "def handler(event, context): return 1\n")
        files.add("/work/shop-src/src/orders/lib/util.py", "X = 1\n")
        for name in ["a", "b", "c", "d", "e", "f", "g", "h"] { files.add("/work/shop-src/src/orders/\(name).txt", name) }
        files.add("/work/shop-src/layers/common.zip", "PK")
        files.add("/work/shop-src/jobs/etl.py", "print(1)\n")
        return files
    }

    static func compile(_ app: App = app(), files: MemoryFiles = files, out: String = "stackgen.out/shop", severity: Diagnostic.Severity = .warning)
        -> Pipeline.Result
    {
        Pipeline.compile(app, outputFolder: out, assets: AssetInputs(workingDirectory: "/work", fileSystem: files, missingSeverity: severity))
    }

    static func template(_ result: Pipeline.Result) -> String {
        result.files.first { $0.path == "shop-api.template.json" }?.contents ?? ""
    }

    @Test func pathsAreWrittenRelativeToTheOutputFolder() throws {
        let result = Self.compile()
        #expect(result.diagnostics.all.isEmpty)
        let text = Self.template(result)
        #expect(text.contains("\"CodeUri\": \"../../shop-src/src/orders/\""))
        #expect(text.contains("\"Content\": \"../../shop-src/layers/common.zip\""))
        #expect(text.contains("\"ScriptLocation\": \"../../shop-src/jobs/etl.py\""))
        // Only packageable properties move: a handler that happens to look like a path stays.
        #expect(text.contains("\"Handler\": \"src/orders/\""))
        #expect(text.contains("\"CodeUri\": \"s3://bucket/key.zip\""))
    }

    @Test func absoluteOutputFolderStillGetsARelativePath() {
        let text = Self.template(Self.compile(out: "/work/build/out"))
        #expect(text.contains("\"CodeUri\": \"../../shop-src/src/orders/\""))
    }

    @Test func planListsEveryAssetWithItsHash() throws {
        let plan = try #require(Self.compile().plan)
        // Sorted by stack, resource and property, whatever order the stacks were added in.
        #expect(plan.assets.map { "\($0.resource) \($0.property) \($0.path)" } == [
            "Job Command.ScriptLocation ../../shop-src/jobs/etl.py", "Layer Content ../../shop-src/layers/common.zip",
            "Orders CodeUri ../../shop-src/src/orders/",
        ])
        #expect(plan.assets.allSatisfy { $0.hash?.hasPrefix("sha256:") == true && $0.hash?.count == 71 })
        let json = try #require(Self.compile().files.first { $0.path == "plan.json" }).contents
        #expect(json.contains("\"property\": \"Command.ScriptLocation\",\n      \"path\": \"../../shop-src/jobs/etl.py\",\n      \"hash\": \"sha256:"))
    }

    @Test func folderHashIsStableAndFollowsBytesAndModes() throws {
        let orders = { (result: Pipeline.Result) in result.plan?.assets.first { $0.resource == "Orders" }?.hash }
        let layer = { (result: Pipeline.Result) in result.plan?.assets.first { $0.resource == "Layer" }?.hash }
        let first = try #require(orders(Self.compile()))
        // The memory file system lists folders in a random order each time.
        for _ in 0..<5 { #expect(orders(Self.compile()) == first) }
        var changedBytes = Self.files
        changedBytes.add("/work/shop-src/src/orders/lib/util.py", "X = 2\n")
        var changedMode = Self.files
        changedMode.add("/work/shop-src/src/orders/lib/util.py", "X = 1\n", mode: 0o100755)
        var renamed = Self.files
        renamed.files["/work/shop-src/src/orders/lib/util.py"] = nil
        renamed.add("/work/shop-src/src/orders/lib/utils.py", "X = 1\n")
        for files in [changedBytes, changedMode, renamed] {
            #expect(orders(Self.compile(files: files)) != first)
        }
        // Other assets keep their hash.
        #expect(layer(Self.compile(files: changedBytes)) == layer(Self.compile()))
    }

    @Test func missingPathIsALocatedWarningForSynth() throws {
        var files = Self.files
        files.files["/work/shop-src/jobs/etl.py"] = nil
        let result = Self.compile(files: files)
        #expect(result.succeeded)
        let warning = try #require(result.diagnostics.all.first { $0.code == .missingAsset })
        #expect(warning.severity == .warning)
        #expect(warning.message == "local artifact 'jobs/etl.py' of 'Job' does not exist (looked for 'shop-src/jobs/etl.py')")
        #expect(warning.path.description == "stack shop-api › resource Job › Properties.Command.ScriptLocation")
        #expect(warning.location?.file == "StackgenDeployTests/AssetStageTests.swift")
        #expect(result.plan?.assets.first { $0.resource == "Job" }.map { $0.hash == nil } == true)
        #expect(Self.template(result).contains("\"ScriptLocation\": \"../../shop-src/jobs/etl.py\""))
    }

    @Test func missingPathIsAnErrorForDeploy() {
        var files = Self.files
        files.files["/work/shop-src/layers/common.zip"] = nil
        let result = Self.compile(files: files, severity: .error)
        #expect(!result.succeeded)
        #expect(result.files.isEmpty)
        #expect(result.diagnostics.errors.map(\.message) == ["local artifact 'layers/common.zip' of 'Layer' does not exist (looked for 'shop-src/layers/common.zip')"])
    }

    @Test func withoutSourceRootPathsStartAtTheWorkingFolder() {
        var files = MemoryFiles()
        files.add("/work/src/orders/app.py", "x")
        let result = Self.compile(Self.app(sourceRoot: nil), files: files)
        #expect(Self.template(result).contains("\"CodeUri\": \"../../src/orders/\""))
    }

    @Test func includeLocationIsAnAsset() throws {
        var app = App("inc", region: .euWest1, sourceRoot: "spec")
        var stack = Stack("inc-api")
        let include = Expr.function("Transform", .map(["Name": .string("AWS::Include"), "Parameters": .map(["Location": .string("openapi.yaml")])]))
        stack.add("Api", GenericResource("AWS::ApiGateway::RestApi", properties: ["Body": include]))
        app.add(stack)
        var files = MemoryFiles()
        files.add("/work/spec/openapi.yaml", "openapi: 3.0.1\n")
        let result = Pipeline.compile(app, outputFolder: "out", assets: AssetInputs(workingDirectory: "/work", fileSystem: files))
        let plan = try #require(result.plan)
        #expect(plan.assets.map(\.property) == ["Location"])
        #expect(result.files.first { $0.path == "inc-api.template.json" }?.contents.contains("\"Location\": \"../spec/openapi.yaml\"") == true)
    }

    @Test func sha256MatchesTheStandardVectors() {
        #expect(ContentDigest.sha256("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(ContentDigest.sha256("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(
            ContentDigest.sha256(String(repeating: "a", count: 1000))
                == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }
}
