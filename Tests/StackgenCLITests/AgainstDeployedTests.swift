import Foundation
import Testing

/// `--against deployed` through a fake AWS CLI on PATH that answers like moto (no
/// ListImports) from the templates of a folder, each output's value `deployed-<key>`.
@Suite struct AgainstDeployedTests {
    static let fakeAWS = #"""
        #!/usr/bin/env python3
        import json, os, sys
        folder = os.environ["FAKE_AWS_STACKS"]
        with open(os.path.join(folder, "calls.log"), "a") as log:
            log.write(" ".join(sys.argv[1:]) + "\n")
        args = sys.argv[1:]
        def option(name):
            return args[args.index(name) + 1] if name in args else None
        def template(name):
            path = os.path.join(folder, name + ".template.json")
            return json.load(open(path)) if os.path.exists(path) else None
        stacks = sorted(f[:-len(".template.json")] for f in os.listdir(folder) if f.endswith(".template.json"))
        def describe(name):
            outputs = [{"OutputKey": key, "OutputValue": "deployed-" + key, **({"ExportName": o["Export"]["Name"]} if "Export" in o else {})}
                       for key, o in template(name).get("Outputs", {}).items()]
            return {"StackName": name, "StackStatus": "CREATE_COMPLETE", "Outputs": outputs}
        command = args[1]
        if command == "describe-stacks":
            name = option("--stack-name")
            if name and template(name) is None:
                sys.stderr.write(f"An error occurred (ValidationError) when calling the DescribeStacks operation: Stack with id {name} does not exist\n")
                sys.exit(254)
            print(json.dumps({"Stacks": [describe(s) for s in ([name] if name else stacks)]}))
        elif command == "get-template":
            print(json.dumps({"TemplateBody": template(option("--stack-name"))}))
        elif command == "list-exports":
            print(json.dumps({"Exports": [{"Name": o["ExportName"], "Value": o["OutputValue"]} for s in stacks for o in describe(s)["Outputs"] if "ExportName" in o]}))
        elif command == "list-imports":
            sys.stderr.write("An error occurred (InternalFailure) when calling the ListImports operation: The list_imports action has not been implemented\n")
            sys.exit(255)
        else:
            sys.stderr.write("unexpected call\n")
            sys.exit(252)
        """#

    @Test func planAgainstDeployedReadsTheLiveStacksAndPinsTheDeployedValue() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try BinaryRunner.run(["synth", "--app", "rollout-demo-v1", "--out", "out"], in: folder).status == 0)
        // "Deployed": version 1's templates, read by the fake CLI.
        let deployed = folder.appendingPathComponent("deployed")
        try FileManager.default.createDirectory(at: deployed, withIntermediateDirectories: true)
        for name in ["rollout-demo-base", "rollout-demo-worker", "rollout-demo-legacy"] {
            let file = "\(name).template.json"
            try Data(contentsOf: folder.appendingPathComponent("out/\(file)")).write(to: deployed.appendingPathComponent(file))
        }
        let bin = folder.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let aws = bin.appendingPathComponent("aws")
        try Data(Self.fakeAWS.utf8).write(to: aws)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: aws.path)
        let environment = [
            "PATH": "\(bin.path):\(ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")", "FAKE_AWS_STACKS": deployed.path,
        ]

        let result = try BinaryRunner.run(
            ["synth", "--app", "rollout-demo-v2", "--against", "deployed", "--out", "out"], in: folder, environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "Synthesized 'rollout-demo-v2' into out: 3 written, 0 unchanged, 1 removed (rollout-demo-legacy.template.json); 3 rollout phases in out/rollout (7 files written)\n")
        let codes = result.stderr.split(separator: "\n").filter { $0.hasPrefix("warning[") }.map { $0.prefix(14) }
        #expect(codes == ["warning[SG601]", "warning[SG602]", "warning[SG603]"])
        let pinned = try String(
            contentsOf: folder.appendingPathComponent("out/rollout/phase-1-prepare/rollout-demo-worker.template.json"), encoding: .utf8)
        #expect(pinned.contains("\"Value\": \"deployed-JobsQueueUrl\""))
        let calls = try String(contentsOf: deployed.appendingPathComponent("calls.log"), encoding: .utf8)
        #expect(calls.contains("cloudformation list-imports --export-name rollout-demo-base:EventsTopic --output json --region eu-west-1\n"))
        #expect(calls.contains("cloudformation get-template --stack-name rollout-demo-legacy --template-stage Original --output json --region eu-west-1\n"))
    }

    @Test func withoutAnAWSCLIThePlanSaysSo() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try BinaryRunner.run(
            ["plan", "--app", "rollout-demo-v2", "--against", "deployed"], in: folder, environment: ["PATH": folder.path])
        #expect(result.status == 1)
        #expect(
            result.stderr == """
                Error: aws cloudformation describe-stacks --stack-name rollout-demo-base --region eu-west-1: cannot run 'aws': No such file or directory; is the AWS CLI on PATH?
                  hint: '--against deployed' reads the stacks with the AWS CLI: check its credentials, region and AWS_ENDPOINT_URL

                """)
    }
}
