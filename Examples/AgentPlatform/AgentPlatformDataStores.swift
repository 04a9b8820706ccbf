import StackgenDynamoDB
import StackgenElastiCache
import StackgenRDS
import StackgenSecretsManager

/// `agent-platform-data` (postgres.tf, elasticache.tf, dynamodb.tf): Aurora PostgreSQL with
/// IAM authentication, the Redis replication group used for rate limiting, and the usage
/// tables. Both databases sit in the private subnets behind the network stack's groups.
struct AgentPlatformDataStores {
    var stack = Stack(
        "agent-platform-data", region: AgentPlatformApp.region,
        description: "Agent platform data stores: Aurora PostgreSQL, ElastiCache Redis, DynamoDB usage tables.")
    let postgres: Resource<RDS.DBCluster>
    let redis: Resource<ElastiCache.ReplicationGroup>
    let redisAuthSecret: Resource<SecretsManager.Secret>
    let usagePlans: Resource<DynamoDB.Table>
    let usageLogs: Resource<DynamoDB.Table>

    init(network: AgentPlatformNetwork) {
        let name = AgentPlatformApp.name
        let subnets = stack.add(
            "PostgresSubnetGroup",
            RDS.DBSubnetGroup(dbSubnetGroupDescription: "Aurora PostgreSQL private subnets", subnetIds: network.privateSubnetIDs))
        let parameters = stack.add(
            "PostgresClusterParameterGroup",
            RDS.DBClusterParameterGroup(
                description: "Aurora PostgreSQL 16 cluster parameters", family: "aurora-postgresql16",
                parameters: ["log_statement": "all", "log_min_duration_statement": "1000", "rds.force_ssl": "1"]))
        // Terraform drew the master password with random_password; here RDS generates it
        // and keeps it in Secrets Manager (ManageMasterUserPassword).
        postgres = stack.add(
            "PostgresCluster",
            RDS.DBCluster(
                backupRetentionPeriod: 7,
                copyTagsToSnapshot: true,
                dbClusterParameterGroupName: parameters.ref,
                dbSubnetGroupName: subnets.ref,
                databaseName: "agentic_platform",
                enableCloudwatchLogsExports: ["postgresql"],
                enableIAMDatabaseAuthentication: true,
                engine: "aurora-postgresql",
                engineVersion: "16.6",
                manageMasterUserPassword: true,
                masterUsername: "postgres",
                storageEncrypted: true,
                vpcSecurityGroupIds: [network.postgresGroup.groupId]),
            deletionPolicy: .snapshot, updateReplacePolicy: .snapshot)
        for index in 1...2 {
            stack.add(
                "PostgresInstance\(index)",
                RDS.DBInstance(
                    dbClusterIdentifier: postgres.ref, dbInstanceClass: "db.t4g.medium", engine: "aurora-postgresql",
                    publiclyAccessible: false))
        }

        // random_password + aws_secretsmanager_secret_version become one generated secret;
        // the replication group reads it through a dynamic reference at deploy time.
        redisAuthSecret = stack.add(
            "RedisAuthSecret",
            SecretsManager.Secret(
                description: "Auth token of the rate-limiting Redis",
                generateSecretString: .init(
                    excludeCharacters: "\"@/\\ '", excludePunctuation: true, generateStringKey: "token", passwordLength: 32,
                    secretStringTemplate: "{}"),
                name: .init("\(name)/redis-auth-token")))
        let cacheSubnets = stack.add(
            "RedisSubnetGroup",
            ElastiCache.SubnetGroup(description: "Redis private subnets", subnetIds: network.privateSubnetIDs))
        let cacheParameters = stack.add(
            "RedisParameterGroup",
            ElastiCache.ParameterGroup(
                cacheParameterGroupFamily: "redis7", description: "Redis 7 rate limiting",
                properties: ["maxmemory-policy": "allkeys-lru"]))
        redis = stack.add(
            "RedisReplicationGroup",
            ElastiCache.ReplicationGroup(
                replicationGroupDescription: "Rate limiting for the LLM gateway",
                atRestEncryptionEnabled: true,
                authToken: "{{resolve:secretsmanager:\(redisAuthSecret.ref):SecretString:token}}",
                automaticFailoverEnabled: true,
                cacheNodeType: "cache.t4g.micro",
                cacheParameterGroupName: cacheParameters.ref,
                cacheSubnetGroupName: cacheSubnets.ref,
                engine: "redis",
                engineVersion: "7.0",
                multiAZEnabled: true,
                numCacheClusters: 2,
                port: 6379,
                securityGroupIds: [network.redisGroup.groupId],
                transitEncryptionEnabled: true))

        usagePlans = stack.add(
            "UsagePlansTable", Self.table("\(name)-usage-plans", key: "entity_id", index: ("entity-type-index", "entity_type")),
            deletionPolicy: .retain, updateReplacePolicy: .retain)
        usageLogs = stack.add(
            "UsageLogsTable", Self.table("\(name)-usage-logs", key: "request_id", index: ("tenant-index", "tenant_id")),
            deletionPolicy: .retain, updateReplacePolicy: .retain)

        stack.output("PostgresEndpoint", postgres.endpointAddress)
        stack.output("PostgresReaderEndpoint", postgres.readEndpointAddress)
        stack.output("PostgresMasterSecretArn", postgres.masterUserSecretSecretArn)
        stack.output("RedisEndpoint", redis.primaryEndPointAddress)
    }

    /// An on-demand usage table with a hash key and one global secondary index.
    static func table(_ tableName: String, key: String, index: (name: String, key: String)) -> DynamoDB.Table {
        DynamoDB.Table(
            keySchema: [.init(attributeName: .init(key), keyType: .hash)],
            attributeDefinitions: [
                .init(attributeName: .init(key), attributeType: .s), .init(attributeName: .init(index.key), attributeType: .s),
            ],
            billingMode: .payPerRequest,
            globalSecondaryIndexes: [
                .init(
                    indexName: .init(index.name), keySchema: [.init(attributeName: .init(index.key), keyType: .hash)],
                    projection: .init(projectionType: .all))
            ],
            pointInTimeRecoverySpecification: .init(pointInTimeRecoveryEnabled: true),
            sseSpecification: .init(sseEnabled: true),
            tableName: .init(tableName))
    }
}
