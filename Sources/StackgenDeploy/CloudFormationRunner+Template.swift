import StackgenEmit

extension CloudFormationRunner {
    struct Failed: Error { let outcome: StepOutcome }

    /// `--template-body …` or `--template-url …`: packaged first when the stack has local
    /// artifacts, uploaded to the artifact bucket when too large to pass inline.
    func templateArguments(for step: Plan.Step, body: String?, inputs: StepInputs) -> Result<[String], Failed> {
        let region = step.region ?? ""
        if let body { return .success(["--template-body", body]) }
        guard let template = step.template else { return .failure(Failed(outcome: failure("NOT_STARTED", "the plan names no template"))) }
        var path = "\(settings.outputFolder)/\(template)"
        if settings.stacksWithAssets.contains(step.name) {
            guard let bucket = artifactBucket(in: region) else { return .failure(Failed(outcome: noBucket(region))) }
            inputs.report("packaging local artifacts")
            // Without --output-template-file the CLI prints the packaged template: the output
            // folder's owner writes it, so no other program writes into that folder.
            let call = aws.call(
                ["cloudformation", "package", "--template-file", path, "--s3-bucket", bucket, "--s3-prefix", settings.app, "--use-json"],
                region: region)
            guard call.succeeded else { return .failure(Failed(outcome: failure("PACKAGE_FAILED", AWSCLI.message(call)))) }
            switch settings.keepPackaged(template, Array((call.stdout.trimmed + "\n").utf8)) {
            case .success(let kept): path = kept
            case .failure(let problem): return .failure(Failed(outcome: failure("PACKAGE_FAILED", problem.reason)))
            }
        }
        guard let bytes = settings.readFile(path) else {
            return .failure(Failed(outcome: failure("NOT_STARTED", "cannot read template '\(path)'; run 'stackgen synth' first")))
        }
        guard bytes.count > Self.inlineLimit else { return .success(["--template-body", "file://\(path)"]) }
        guard let bucket = artifactBucket(in: region) else { return .failure(Failed(outcome: noBucket(region))) }
        // Keyed by content, so an unchanged template is not a new object.
        let key = "\(settings.app)/templates/\(ContentDigest.sha256(bytes)).template.json"
        inputs.report("uploading the template (\(bytes.count) bytes)")
        let upload = aws.call(["s3", "cp", path, "s3://\(bucket)/\(key)", "--only-show-errors"], region: region)
        guard upload.succeeded else { return .failure(Failed(outcome: failure("UPLOAD_FAILED", AWSCLI.message(upload)))) }
        return .success(["--template-url", "https://s3.\(region).amazonaws.com/\(bucket)/\(key)"])
    }

    /// The bucket `stackgen bootstrap` made in the region, read once per region.
    func artifactBucket(in region: String) -> String? {
        if let known = bucketsLock.withLock({ knownBuckets[region] }) { return known }
        guard let name = aws.outputs(of: Bootstrap.stackName, region: region)?[Bootstrap.bucketOutput], !name.isEmpty else { return nil }
        bucketsLock.withLock { knownBuckets[region] = name }
        return name
    }

    private func noBucket(_ region: String) -> StepOutcome {
        failure("NOT_STARTED", "no artifact bucket in \(region); run 'stackgen bootstrap --region \(region)' once first")
    }
}
