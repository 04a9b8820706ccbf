import StackgenLogs
import StackgenOpenSearchService

/// `agent-platform-observability` (opensearch.tf): the OpenSearch 2.17 domain the OTel
/// collector writes traces and logs to, two zone-aware nodes in the private subnets, with
/// its application logs in CloudWatch.
struct AgentPlatformObservability {
    var stack = Stack(
        "agent-platform-observability", region: AgentPlatformApp.region,
        description: "Agent platform observability: OpenSearch domain and its log publishing.")
    let domain: Resource<OpenSearchService.Domain>

    init(network: AgentPlatformNetwork) {
        let name = AgentPlatformApp.name
        let logs = stack.add(
            "OpenSearchLogGroup", Logs.LogGroup(logGroupName: .init("/aws/opensearch/\(name)-observability"), retentionInDays: 30))
        let logPolicy = stack.add(
            "OpenSearchLogResourcePolicy",
            Logs.ResourcePolicy(
                policyDocument: IAM.PolicyDocument(
                    .grant(.service("es.amazonaws.com"), ["logs:PutLogEvents", "logs:CreateLogStream"], on: [logs.arn])),
                policyName: .init("\(name)-opensearch-logs")))
        domain = stack.add(
            "OpenSearchDomain",
            OpenSearchService.Domain(
                accessPolicies: IAM.PolicyDocument(
                    .grant(
                        .currentAccount, ["es:*"],
                        on: ["arn:\(AWS.partition):es:\(AWS.region):\(AWS.accountID):domain/\(name)-obs/*"])),
                clusterConfig: .init(
                    instanceCount: 2, instanceType: "t3.small.search", zoneAwarenessConfig: .init(availabilityZoneCount: 2),
                    zoneAwarenessEnabled: true),
                domainEndpointOptions: .init(enforceHTTPS: true, tlsSecurityPolicy: "Policy-Min-TLS-1-2-2019-07"),
                domainName: .init("\(name)-obs"),
                ebsOptions: .init(ebsEnabled: true, volumeSize: 20, volumeType: "gp3"),
                encryptionAtRestOptions: .init(enabled: true),
                engineVersion: "OpenSearch_2.17",
                logPublishingOptions: [
                    "ES_APPLICATION_LOGS": .init(cloudWatchLogsLogGroupArn: logs.arn, enabled: true)
                ],
                nodeToNodeEncryptionOptions: .init(enabled: true),
                vpcOptions: .init(securityGroupIds: [network.openSearchGroup.groupId], subnetIds: network.privateSubnetIDs)),
            dependsOn: [logPolicy])

        stack.output("OpenSearchEndpoint", domain.domainEndpoint)
    }
}
