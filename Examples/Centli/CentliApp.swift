import StackgenServerless

/// Seed 003, the CENTLI hackathon banking assistant: one SAM stack, `centli-hackathon` in
/// us-east-1, exactly as the repository's `template.yaml` (Units 1–3) declares it — 35
/// resources, 12 functions, 11 EventBridge rules on the custom bus, 28 exports.
///
/// The design document presents the units' outputs as exports for one another, but all
/// units live in this one template and use `Ref`/`GetAtt`; nothing imports the 28 exports.
/// They are kept with their deployed names, and `validate` reports each as unused (SG401).
public enum CentliApp {
    public static var app: App {
        var app = App("centli", description: "CENTLI hackathon: one SAM stack with 28 exports nothing imports.", region: .usEast1,
            sourceRoot: "centli")
        app.add(CentliStack().stack)
        return app
    }
}

/// The one stack, built unit by unit in the template's order.
struct CentliStack {
    static let name = "centli-hackathon"
    var stack = Stack(
        CentliStack.name, region: .usEast1,
        description: "CENTLI - Multimodal Banking Assistant Hackathon. Complete infrastructure for AgentCore, Action Groups, and Frontend")

    init() {
        stack.transforms = ["AWS::Serverless-2016-10-31"]
        let environment = stack.parameter(
            "Environment", default: "hackathon", description: "Environment name (hackathon, dev, prod)",
            allowedValues: ["hackathon", "dev", "prod"])
        let logLevel = stack.parameter(
            "LogLevel", default: "INFO", description: "CloudWatch log level for Lambda functions",
            allowedValues: ["DEBUG", "INFO", "WARN", "ERROR"])

        let foundation = CentliFoundation(in: &stack, environment: environment.value)
        stack.setGlobals(
            Serverless.Globals.Function(
                environment: .init(variables: [
                    "EVENT_BUS_NAME": "centli-event-bus",
                    "ASSETS_BUCKET_NAME": foundation.assetsBucket.ref,
                    "LOG_LEVEL": logLevel.value,
                    "AWS_ACCOUNT_ID": AWS.accountID,
                ]),
                memorySize: 512,
                runtime: "python3.11",
                tags: ["Project": "CENTLI", "Environment": environment.value],
                timeout: 30))
        CentliOrchestration(in: &stack, foundation: foundation, environment: environment.value)
        CentliActionGroups(in: &stack, foundation: foundation, environment: environment.value)

        stack.output("StackName", AWS.stackName, description: "CloudFormation Stack Name")
        stack.output("Region", AWS.region, description: "AWS Region")
        stack.output("AccountId", AWS.accountID, description: "AWS Account ID")
    }

    /// Who imports the stack's exports from outside this app: seed 003 plans Units 2–4 as
    /// their own deployments reading Unit 1's outputs ("stack outputs for cross-unit
    /// references"), so the exports stay although no stack here imports them (no SG401).
    static let outsideConsumers = "Units 2–4 of the CENTLI plan, deployed on their own"

    /// The deployed export name of an output: `${AWS::StackName}-<key>` in the template.
    static func exportName(_ key: String) -> String { "\(name)-\(key)" }

    /// The `Project`/`Environment`/`Unit` tags every Unit 1 and Unit 3 resource carries.
    static func tags(_ environment: Value<String>, unit: String, actionGroup: String? = nil) -> PropertyList<Tag> {
        var tags: [Tag] = [
            Tag(key: "Project", value: "CENTLI"), Tag(key: "Environment", value: environment), Tag(key: "Unit", value: .init(unit)),
        ]
        if let actionGroup { tags.append(Tag(key: "ActionGroup", value: .init(actionGroup))) }
        return PropertyList(tags)
    }
}
