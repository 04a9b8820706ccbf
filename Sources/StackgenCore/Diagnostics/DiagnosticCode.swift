extension Diagnostic {
    /// Every diagnostic code stackgen emits. The number never changes meaning once
    /// released; new checks get new numbers. 1xx: names and model shape, 2xx: references
    /// and the stack graph, 3xx: CloudFormation limits, 4xx: advice, 5xx: assets and deploying,
    /// 6xx: changes to a deployed app (exports in use).
    public enum Code: String, Sendable, Hashable, CaseIterable, Codable {
        case invalidStackName = "SG101"
        case invalidLogicalID = "SG102"
        case invalidExportName = "SG103"
        case invalidParameterName = "SG104"
        case duplicateLogicalID = "SG105"
        case duplicateStackName = "SG106"
        case invalidScriptStep = "SG107"
        case emptyStack = "SG108"
        /// A hand-written template that cannot be read, or is not a CloudFormation template.
        case unreadableTemplate = "SG109"
        /// A `.overriding(_:with:)` path that cannot be applied to the resource's properties.
        case invalidOverridePath = "SG110"
        /// A region read at run time (samconfig.toml, `--stack NAME=PATH@REGION`) that stackgen
        /// does not know: a warning, since AWS opens new regions, with a did-you-mean.
        case unknownRegion = "SG111"

        case dependencyCycle = "SG201"
        case importWithoutExport = "SG202"
        case duplicateExportName = "SG203"
        case missingReferenceTarget = "SG204"
        case missingDependsOnTarget = "SG205"
        case missingCondition = "SG206"
        case missingMapping = "SG207"
        case crossRegionImport = "SG208"
        case missingOutput = "SG209"
        /// A hand-written `Fn::ImportValue` whose name is only known at deploy time.
        case unresolvedImportName = "SG210"
        /// A hand-written export name that is only known at deploy time.
        case unresolvedExportName = "SG211"
        /// A stack imports an export it makes itself (CloudFormation rejects it at deploy).
        case importOfOwnExport = "SG212"
        /// `Fn::GetAtt` (or `${Resource.Attribute}` in `Fn::Sub`) of an attribute the type does not have.
        case unknownAttribute = "SG213"
        /// A condition reads a resource or another stack's value; conditions are decided
        /// before any resource exists.
        case conditionReadsResource = "SG214"

        case tooManyResources = "SG301"
        case tooManyOutputs = "SG302"
        case tooManyParameters = "SG303"
        case tooManyMappings = "SG304"
        case templateTooLargeInline = "SG305"
        case templateTooLarge = "SG306"

        case unusedExport = "SG401"
        case expiringAPIKey = "SG402"
        /// A property the resource type's registry schema marks deprecated.
        case deprecatedProperty = "SG403"
        /// A property a typed resource's schema does not have (an `.overriding` path's first
        /// name, or a `GenericResource` property), with a did-you-mean.
        case unknownProperty = "SG404"

        case missingAsset = "SG501"

        case exportRemovedInUse = "SG601"
        case exportChangedInUse = "SG602"
        case importedStackRemoved = "SG603"

        public var defaultSeverity: Severity {
            switch self {
            case .unknownRegion, .unusedExport, .templateTooLargeInline, .expiringAPIKey, .deprecatedProperty, .unknownProperty, .unresolvedImportName, .unresolvedExportName, .missingAsset: .warning
            default: .error
            }
        }
    }
}
