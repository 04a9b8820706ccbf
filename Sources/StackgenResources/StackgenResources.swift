// The services the catalog held before it was split into one target per service, re-exported
// so code written against `import StackgenResources` keeps compiling. New code imports the
// services it uses (`import StackgenS3`): an app then compiles only those.
@_exported import StackgenApiGateway
@_exported import StackgenApiGatewayV2
@_exported import StackgenAppSync
@_exported import StackgenBackup
@_exported import StackgenBedrock
@_exported import StackgenBedrockAgentCore
@_exported import StackgenCertificateManager
@_exported import StackgenCloudFront
@_exported import StackgenCloudWatch
@_exported import StackgenCognito
@_exported import StackgenDSQL
@_exported import StackgenDynamoDB
@_exported import StackgenEC2
@_exported import StackgenEKS
@_exported import StackgenElastiCache
@_exported import StackgenEvents
@_exported import StackgenIAM
@_exported import StackgenKMS
@_exported import StackgenLambda
@_exported import StackgenLogs
@_exported import StackgenOpenSearchServerless
@_exported import StackgenOpenSearchService
@_exported import StackgenRDS
@_exported import StackgenRoute53
@_exported import StackgenS3
@_exported import StackgenSNS
@_exported import StackgenSQS
@_exported import StackgenSSM
@_exported import StackgenSecretsManager
@_exported import StackgenServerless
