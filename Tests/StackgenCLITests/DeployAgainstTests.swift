import Foundation
import Testing

/// `deploy --against`: the rollout run by the deploy engine, through a fake AWS CLI on PATH
/// that keeps the "deployed" templates in a folder (create/update copy the template there,
/// delete removes it) and logs every call.
@Suite struct DeployAgainstTests {
    static let fakeAWS = #"""
        #!/usr/bin/env python3
        import json, os, shutil, sys
        state = os.environ["FAKE_AWS_STATE"]
        args = sys.argv[1:]
        def option(name):
            return args[args.index(name) + 1] if name in args else None
        stack = option("--stack-name")
        path = os.path.join(state, f"{stack}.template.json")
        body = (option("--template-body") or "")[len("file://"):]
        with open(os.path.join(state, "calls.log"), "a") as log:
            log.write(" ".join([args[1], stack or ""] + ([os.path.basename(os.path.dirname(body))] if body else [])) + "\n")
        command = args[1]
        if command == "describe-stacks":
            if not os.path.exists(path):
                sys.stderr.write(f"An error occurred (ValidationError) when calling the DescribeStacks operation: Stack with id {stack} does not exist\n")
                sys.exit(254)
            outputs = json.load(open(path)).get("Outputs", {})
            if "ExportName" in (option("--query") or ""):
                print(json.dumps(sorted(o["Export"]["Name"] for o in outputs.values() if "Export" in o)))
            else:
                print(json.dumps({"Status": "UPDATE_COMPLETE", "Reason": None, "Outputs": [{"Key": k, "Value": "value-" + k} for k in outputs]}))
        elif command == "list-imports":
            name = option("--export-name")
            imports = dict(pair.split("=", 1) for pair in os.environ.get("FAKE_AWS_IMPORTS", "").split(";") if pair)
            if name not in imports:
                sys.stderr.write(f"An error occurred (ValidationError) when calling the ListImports operation: Export '{name}' is not imported by any stack.\n")
                sys.exit(254)
            print(json.dumps({"Imports": imports[name].split(",")}))
        elif command in ("create-stack", "update-stack"):
            marker = os.path.join(state, "failed-once")
            fail = os.environ.get("FAKE_AWS_FAIL", "")
            if fail and fail in body and not os.path.exists(marker):
                open(marker, "w").close()
                sys.stderr.write("An error occurred (ValidationError) when calling the UpdateStack operation: Template format error: boom\n")
                sys.exit(254)
            shutil.copyfile(body, path)
            print("{}")
        elif command == "get-template":
            print(open(path).read())
        elif command == "delete-stack":
            os.remove(path)
        else:
            sys.stderr.write("unexpected call\n")
            sys.exit(252)
        """#

    /// A folder with version 1's synth in `v1/`, the fake CLI in `bin/`, and version 1
    /// "deployed" in `state/`.
    struct World {
        let folder: URL
        let environment: [String: String]

        var state: URL { folder.appendingPathComponent("state") }

        init() throws {
            folder = try BinaryRunner.temporaryFolder()
            #expect(try BinaryRunner.run(["synth", "--app", "rollout-demo-v1", "--out", "v1"], in: folder).status == 0)
            let state = folder.appendingPathComponent("state")
            let bin = folder.appendingPathComponent("bin")
            for created in [state, bin] { try FileManager.default.createDirectory(at: created, withIntermediateDirectories: true) }
            for name in ["rollout-demo-base", "rollout-demo-worker", "rollout-demo-legacy"] {
                let file = "\(name).template.json"
                try Data(contentsOf: folder.appendingPathComponent("v1/\(file)")).write(to: state.appendingPathComponent(file))
            }
            let aws = bin.appendingPathComponent("aws")
            try Data(DeployAgainstTests.fakeAWS.utf8).write(to: aws)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: aws.path)
            environment = [
                "PATH": "\(bin.path):\(ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")", "FAKE_AWS_STATE": state.path,
                "STACKGEN_POLL_SECONDS": "0", "CI": "1",
            ]
        }

        func deploy(_ extra: [String], fail: String = "", imports: String = "") throws -> BinaryRunner.Result {
            var environment = self.environment
            environment["FAKE_AWS_FAIL"] = fail
            environment["FAKE_AWS_IMPORTS"] = imports
            return try BinaryRunner.run(
                ["deploy", "--app", "rollout-demo-v2", "--against", "v1", "--out", "out"] + extra, in: folder, environment: environment)
        }

        /// Calls that changed something, as `update-stack <stack> <phase folder>`; the log is emptied.
        func changes() throws -> [String] {
            let log = state.appendingPathComponent("calls.log")
            let lines = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            try? FileManager.default.removeItem(at: log)
            return lines.split(separator: "\n").map(String.init).filter {
                $0.hasPrefix("create-stack") || $0.hasPrefix("update-stack") || $0.hasPrefix("delete-stack")
            }
        }

        func text(_ path: String) throws -> String {
            try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
        }
    }

    @Test func dryRunPrintsEachPhaseInOrderAndCallsNothing() throws {
        let world = try World()
        defer { try? FileManager.default.removeItem(at: world.folder) }
        let result = try world.deploy(["--dry-run"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout == """
                Dry run of the rollout of 'rollout-demo-v2' against v1: 3 phases, one after the other; nothing is deployed

                Phase 1 of 3 (prepare, out/rollout/phase-1-prepare)
                round 1
                  create or update rollout-demo-worker in eu-west-1; StackgenPreviousRolloutDemoJobsQueue ← rollout-demo-base.JobsQueueUrl (eu-west-1)

                Phase 2 of 3 (update, out/rollout/phase-2-update)
                round 1
                  create or update rollout-demo-base in eu-west-1
                round 2
                  create or update rollout-demo-worker in eu-west-1
                round 3
                  run delete rollout-demo-legacy: delete stack rollout-demo-legacy in eu-west-1 and wait until it is gone, as 'stackgen destroy' does

                Phase 3 of 3 (contract, out/rollout/phase-3-contract)
                round 1
                  create or update rollout-demo-base in eu-west-1

                """)
        #expect(try world.changes().isEmpty)
    }

    @Test func withoutAHazardItIsAPlainDeploy() throws {
        let world = try World()
        defer { try? FileManager.default.removeItem(at: world.folder) }
        #expect(try BinaryRunner.run(["synth", "--app", "rollout-demo-v2", "--out", "v2"], in: world.folder).status == 0)
        let result = try BinaryRunner.run(
            ["deploy", "--app", "rollout-demo-v2", "--against", "v2", "--out", "out", "--dry-run"], in: world.folder,
            environment: world.environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Dry run of 'rollout-demo-v2': up to 8 at once; nothing is called\nround 1\n"))
        #expect(!FileManager.default.fileExists(atPath: world.folder.appendingPathComponent("out/rollout").path))
    }

    @Test func aFailureStopsTheRolloutAndResumeContinuesAtTheFailedStepOfItsPhase() throws {
        let world = try World()
        defer { try? FileManager.default.removeItem(at: world.folder) }
        let failed = try world.deploy([], fail: "phase-2-update/rollout-demo-worker")
        #expect(failed.status == 1)
        let reason = "An error occurred (ValidationError) when calling the UpdateStack operation: Template format error: boom"
        let summary = failed.stderr.split(separator: "\n").drop { !$0.hasPrefix("Error: rollout") }.map(String.init)
        #expect(
            summary.first?.hasPrefix(
                "Error: rollout of 'rollout-demo-v2' stopped in phase 2 of 3 (update, out/rollout/phase-2-update) after ") == true)
        #expect(
            Array(summary.dropFirst()) == [
                "  failed: rollout-demo-worker UPDATE_FAILED: \(reason)",
                "  never started: delete rollout-demo-legacy",
                "  phases never started: phase 3 of 3 (contract, out/rollout/phase-3-contract)",
                "  hint: fix the cause, then run 'stackgen deploy --app rollout-demo-v2 --against v1 --resume' to continue from the failed step of phase 2",
            ])
        #expect(
            try world.changes() == [
                "update-stack rollout-demo-worker phase-1-prepare", "update-stack rollout-demo-base phase-2-update",
                "update-stack rollout-demo-worker phase-2-update",
            ])
        let journal = try world.text("out/rollout/phase-2-update/.stackgen/deploy-journal.txt")
        #expect(journal.hasSuffix("done rollout-demo-base UPDATE_COMPLETE\nfailed rollout-demo-worker UPDATE_FAILED \(reason)\n"))

        let resumed = try world.deploy(["--resume"])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(
            resumed.stdout.hasPrefix(
                "Rolling out 'rollout-demo-v2' against v1: 3 phases one after the other (1 done already), up to 8 steps at once\n"))
        #expect(resumed.stdout.contains("\nRolled out 'rollout-demo-v2' against v1: 3 steps in 2 of 3 phases in "))
        #expect(
            try world.changes() == [
                "update-stack rollout-demo-worker phase-2-update", "delete-stack rollout-demo-legacy",
                "update-stack rollout-demo-base phase-3-contract",
            ])
        #expect(
            try world.text("out/rollout/phase-2-update/.stackgen/deploy-journal.txt").hasSuffix(
                "done delete:rollout-demo-legacy DELETE_COMPLETE\n"))
        // Deployed: exactly version 2's synth, and the removed stack gone.
        for name in ["rollout-demo-base", "rollout-demo-worker"] {
            #expect(try world.text("state/\(name).template.json") == world.text("out/\(name).template.json"))
        }
        #expect(!FileManager.default.fileExists(atPath: world.state.appendingPathComponent("rollout-demo-legacy.template.json").path))
    }

    @Test func resumeRefusesOnceTheAppChanged() throws {
        let world = try World()
        defer { try? FileManager.default.removeItem(at: world.folder) }
        #expect(try world.deploy([], fail: "phase-2-update/rollout-demo-worker").status == 1)
        _ = try world.changes()
        // Another app into the same folder stands for an edit of the app.
        let resumed = try BinaryRunner.run(
            ["deploy", "--app", "rollout-demo-v1", "--against", "v1", "--out", "out", "--resume"], in: world.folder,
            environment: world.environment)
        #expect(resumed.status == 1)
        #expect(
            resumed.stderr == """
                Error: the app changed since its rollout was planned, so the phases on disk no longer lead to it
                  hint: run 'stackgen deploy --against v1' without --resume to plan the rollout again from where the stacks are now

                """)
        #expect(try world.changes().isEmpty)
    }

    @Test func aStackOutsideTheAppImportingFromARemovedStackStopsTheRolloutFromAFolder() throws {
        let world = try World()
        defer { try? FileManager.default.removeItem(at: world.folder) }
        // The worker is in the app (it moves first); billing is not.
        let result = try world.deploy([], imports: "rollout-demo-legacy:AuditTopic=rollout-demo-worker,billing")
        #expect(result.status == 1)
        #expect(
            result.stderr.hasSuffix(
                """
                Error: the rollout deletes stacks that stacks outside the app import from; nothing deployed
                  'rollout-demo-legacy' exports 'rollout-demo-legacy:AuditTopic', imported by 'billing'
                  hint: move those stacks off the exports first, or keep the stacks in the app

                """))
        #expect(try world.changes().isEmpty)
        #expect(!result.stdout.contains("Rolling out"))
    }

    @Test func aHazardWithoutASafePhasePlanIsRefusedBeforeAnythingIsDeployed() throws {
        let world = try World()
        defer { try? FileManager.default.removeItem(at: world.folder) }
        // A stack outside the app imports the export of the stack version 2 removes.
        let billing =
            #"{"Resources": {"Audit": {"Type": "AWS::SSM::Parameter", "Properties": {"Type": "String", "Value": {"Fn::ImportValue": "rollout-demo-legacy:AuditTopic"}}}}}"#
        let deployed = world.folder.appendingPathComponent("deployed")
        try FileManager.default.createDirectory(at: deployed, withIntermediateDirectories: true)
        for name in ["rollout-demo-base", "rollout-demo-worker", "rollout-demo-legacy"] {
            try FileManager.default.copyItem(
                at: world.state.appendingPathComponent("\(name).template.json"),
                to: deployed.appendingPathComponent("\(name).template.json"))
        }
        try Data(billing.utf8).write(to: deployed.appendingPathComponent("billing.template.json"))
        let bin = world.folder.appendingPathComponent("reader")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try Data(AgainstDeployedTests.fakeAWS.utf8).write(to: bin.appendingPathComponent("aws"))
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: bin.appendingPathComponent("aws").path)
        #expect(try BinaryRunner.run(["synth", "--app", "rollout-demo-v1", "--out", "out"], in: world.folder).status == 0)
        let result = try BinaryRunner.run(
            ["deploy", "--app", "rollout-demo-v2", "--against", "deployed", "--out", "out"], in: world.folder,
            environment: ["PATH": "\(bin.path):/usr/bin:/bin", "FAKE_AWS_STACKS": deployed.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error[SG603]: stack 'rollout-demo-legacy' is removed while "))
        #expect(
            result.stderr.hasSuffix(
                "deploy refused: the change cannot be rolled out safely (the errors above say what to do); nothing deployed\n"))
        #expect(result.stdout.isEmpty)
        // Nothing was written either: the output folder still holds version 1's plan.
        #expect(try world.text("out/plan.json").contains("\"app\": \"rollout-demo-v1\""))
        let calls = try String(contentsOf: deployed.appendingPathComponent("calls.log"), encoding: .utf8)
        #expect(!calls.contains("update-stack") && !calls.contains("create-stack") && !calls.contains("delete-stack"))
    }
}
