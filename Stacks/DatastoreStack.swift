import StackgenDSQL
import StackgenIAM

/// `ai-bartender-datastore`: the Aurora DSQL cluster and the two roles Lambda functions
/// assume to read or write it.
struct DatastoreStack {
    var stack = Stack("ai-bartender-datastore", description: "AI Bartender DSQL Data Store and Infrastructure")
    let clusterIdentifier: Output<String>
    let clusterEndpoint: Output<String>
    let writerRoleArn: Output<String>
    let readerRoleArn: Output<String>
    let readerUser: Output<String>
    let writerUser: Output<String>

    init() {
        stack.transforms = [Bartender.samTransform]
        let application = stack.parameter("Application", default: "ai-bartender", description: "Name of owning application")

        let cluster = stack.add(
            "DSQLCluster",
            DSQL.Cluster(
                deletionProtectionEnabled: true,
                tags: [
                    Tag(key: "Application", value: application.value),
                    Tag(key: "Name", value: "\(application.value)-data-store"),
                ]))
        let writer = stack.add(
            "DataWriterRole",
            Self.databaseRole(
                application: application, kind: "writer",
                actions: ["dsql:*"]))
        let reader = stack.add(
            "DataReaderRole",
            Self.databaseRole(
                application: application, kind: "reader",
                actions: ["dsql:DbConnect", "dsql:DbConnectAdmin"]))

        clusterIdentifier = stack.output(
            "DSQLClusterIdentifier", cluster.identifier, description: "The DSQL Cluster Identifier",
            exportName: "ai-bartender-datastore:dsql-cluster-identifier")
        clusterEndpoint = stack.output(
            "DSQLClusterEndpoint", "\(cluster.identifier).dsql.\(AWS.region).on.aws",
            description: "The DSQL Cluster Endpoint", exportName: "ai-bartender-datastore:dsql-cluster-endpoint")
        writerRoleArn = stack.output(
            "DataWriterRoleArn", writer.arn, description: "The Role ARN for writing to DSQL",
            exportName: "ai-bartender-datastore:dsql-data-writer-role-arn")
        readerRoleArn = stack.output(
            "DataReaderRoleArn", reader.arn, description: "The Role ARN for reading from DSQL",
            exportName: "ai-bartender-datastore:dsql-data-reader-role-arn")
        readerUser = stack.output(
            "DSQLReaderUser", Value("lambda_drink_reader"), description: "The user name for the DSQL database reader",
            exportName: "ai-bartender-datastore:dsql-db-reader-user")
        writerUser = stack.output(
            "DSQLWriterUser", Value("lambda_drink_writer"), description: "The user name for the DSQL database writer",
            exportName: "ai-bartender-datastore:dsql-db-writer-user")
    }

    /// A role any role of the account whose name contains the application name may assume
    /// (the app's Lambda roles), with DSQL access and basic logging.
    private static func databaseRole(
        application: Parameter<String>, kind: String, actions: [Value<String>]
    ) -> IAM.Role {
        IAM.Role(
            assumeRolePolicyDocument: IAM.PolicyDocument(
                .assumeRole(
                    by: .aws("arn:aws:iam::\(AWS.accountID):root"),
                    when: [.stringLike("aws:PrincipalArn", "arn:aws:iam::\(AWS.accountID):role/*\(application.value)*")])),
            managedPolicyArns: ["arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"],
            policies: [
                IAM.Role.Policy(
                    policyDocument: IAM.PolicyDocument(
                        .allow(actions),
                        .allow(
                            ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"],
                            on: ["arn:aws:logs:\(AWS.region):\(AWS.accountID):*"])),
                    policyName: "\(application.value)-data-\(kind)-policy")
            ],
            roleName: "\(application.value)-data-\(kind)-role")
    }
}
