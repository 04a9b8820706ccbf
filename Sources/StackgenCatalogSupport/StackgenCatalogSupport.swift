@_exported import StackgenCore

// What every service target of the typed resource catalog shares.
//
// `Sources/Catalog/<Service>/` is the target `Stackgen<Service>`, one per CloudFormation
// namespace; its `+Generated.swift` files are written by `stackgen-catalog-gen` from the
// CloudFormation registry schemas bundled with cfn-lint 1.58.0 (`scripts/generate-catalog.sh`
// regenerates, `scripts/check-catalog.sh` fails when the committed files are stale). This
// target holds the hand-written support they build on (`PropertyStruct`, `Tag`,
// `IAM.PolicyDocument`, …); hand-written files beside the generated ones (`Serverless/`,
// `AppSync/`) hold what the schemas cannot say. The rules the generated code follows:
//
// Names. `AWS::S3::Bucket` is `S3.Bucket`. A member is the CloudFormation name with its leading
// word lowercased, a leading acronym lowercased as a whole, the rest kept as written:
// `BucketName` → `bucketName`, `ARN` → `arn`, `KMSMasterKeyID` → `kmsMasterKeyID`,
// `VpcId` → `vpcId`, `SSESpecification` → `sseSpecification`, `TLSv1.2_2021` → `tlsv1_2_2021`.
// Keywords are escaped with backticks. Nested types keep the CloudFormation name; one that
// would shadow a name the code relies on (`Type`, `Value`, `Tag`, …) gets a `Property` suffix.
//
// Sharing. A nested type that several resource types of a service declare identically (same
// name, same shape) is declared once on the service (`EC2.TagProperty`); each resource type
// keeps its name for it as an alias (`EC2.Instance.TagProperty`).
//
// Initializers. Required properties come first (in schema order), then optional ones
// alphabetically, defaulting to nil; unset optionals leave no key in the template.
// Read-only properties are not parameters: they are attributes.
//
// Values. Scalars and lists/maps of scalars are `Value<T>` (a literal or any intrinsic of
// that type). Object definitions are nested `PropertyStruct`s with an initializer, plus
// `.intrinsic(_:)` for an intrinsic yielding one (`Fn.if(c, x.value, else: AWS.noValue())`).
// Lists and maps of those are `PropertyList<T>`/`PropertyMap<T>` (literal or `.intrinsic`).
// A `oneOf` whose alternatives each hold one property is a struct with one factory per
// alternative (`.lambda(…)`, `.s3(…)`), so exactly one is set. A SAM property that takes a
// string or an object (`CodeUri`) takes a string literal too. Whatever the schema leaves open
// is `Expr` (free JSON, literal-expressible).
//
// Enums. A string enum is a `PropertyEnum` struct with one static member per value the schema
// lists (`.payPerRequest`), so a misspelled value does not compile and a raw string literal
// is not accepted. `.custom("NEW_VALUE")` takes a value newer than the schema;
// `.intrinsic(_:)` takes any `Value<String>` (a parameter, an import), checked by
// CloudFormation at deploy time. `*` is `.all`; `none`/`some` are `noneValue`/`someValue`.
//
// Attributes. Each read-only property with a scalar or list-of-scalar value is a typed
// accessor on the handle, `extension Resource where D == X` (`bucket.arn`,
// `api.dnsRealtime` for `Dns.Realtime`), so it exists only on the type that has it.
// Properties live on the definition and attributes on the handle, so a property and an
// attribute sharing a name never clash: `S3.Bucket(bucketName:)` sets it, `bucket.…` reads
// attributes. An attribute that would reuse a handle member (`ref`, `logicalID`, …) gets an
// `Attribute` suffix.
//
// Policies. Free-JSON properties holding a policy (`PolicyDocument`,
// `AssumeRolePolicyDocument`, `KeyPolicy`, `AccessPolicies`, `ResourcePolicy`, `Policy`) take
// `IAM.PolicyDocument`, which also accepts a JSON dictionary literal; SAM `Policies` takes
// `Serverless.Policies`. SAM `Globals` sections are `Serverless.Globals.<Type>`, limited to the
// properties SAM accepts there, set with `stack.setGlobals(_:)`.

/// The `AWS::IAM::*` resource types (in `StackgenIAM`) and the policy language every service
/// uses (here).
public enum IAM {}
