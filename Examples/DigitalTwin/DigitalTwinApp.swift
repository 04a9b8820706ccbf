import StackgenCatalogSupport

/// Seed 002, the Digital Twin chat: a FastAPI Lambda behind an HTTP API, a CloudFront
/// site, conversation memory in S3 and CloudWatch alarms — one CDK stack deployed once per
/// environment. Here one definition (`DigitalTwinStack`) yields the dev, staging and prod
/// stacks; the differences between them are in `DigitalTwinSettings`.
public enum DigitalTwinApp {
    public static let environments = [Environment("dev"), Environment("staging"), Environment("prod")]

    public static var app: App {
        var app = App(
            "digital-twin", description: "Digital Twin chat: one stack definition, deployed as dev, staging and prod.",
            region: .usEast1, environments: environments, sourceRoot: "digital-twin-chat")
        for environment in app.environments {
            app.add(DigitalTwinStack(DigitalTwinSettings(environment)).stack)
        }
        return app
    }
}

/// What differs between environments, all derived from the environment's name.
struct DigitalTwinSettings {
    let name: String
    let region: Region

    init(_ environment: Environment) {
        name = environment.name
        region = environment.region ?? .usEast1
    }

    /// The CDK code tests `env_name == "prod"`: a month of logs and INFO logging there,
    /// a week and DEBUG elsewhere.
    var isProduction: Bool { name == "prod" }
    var logRetentionDays: Int { isProduction ? 30 : 7 }
    var logLevel: String { isProduction ? "INFO" : "DEBUG" }

    /// The seed retains the secret and the buckets "for production safety"; staging and
    /// prod keep them when the stack goes, dev's are removed with its stack.
    var dataPolicy: RetentionPolicy { name == "dev" ? .delete : .retain }

    /// The seed promises 1000 requests/s with bursts of 2000; the CDK code only attached
    /// construct metadata. Applied here on the HTTP API's `$default` stage.
    static let throttlingRateLimit = 1000
    static let throttlingBurstLimit = 2000

    var stackName: String { "DigitalTwinChatStack-\(name)" }
}
