import StackgenCatalogSupport
import StackgenCore

// SAM's `Auth.Authorizers` values are one of CognitoAuthorizer, LambdaTokenAuthorizer or
// LambdaRequestAuthorizer. The generator merges those alternatives into one
// `Serverless.Api.Authorizer`, keeping the first shape of a property that two of them
// define, so `FunctionPayloadType` only knows `TOKEN` and `Identity` has the Cognito
// shape (`Header`). This file adds the LambdaRequestAuthorizer spelling by hand.

extension Serverless.Api.FunctionPayloadType {
    /// `REQUEST`: the authorizer gets headers, query strings, stage variables and context.
    public static var request: Self { Self(rawValue: "REQUEST") }
}

extension Serverless.Api {
    /// The `Identity` of a Lambda `REQUEST` authorizer (SAM `LambdaRequestAuthorizerIdentity`):
    /// which request parts make the cache key, and how long a result is cached.
    public struct LambdaRequestAuthorizerIdentity: PropertyStruct {
        public let expression: Expr
        public init(unchecked expression: Expr) { self.expression = expression }

        /// - Parameters:
        ///   - headers: `Headers`, optional.
        ///   - queryStrings: `QueryStrings`, optional.
        ///   - stageVariables: `StageVariables`, optional.
        ///   - context: `Context`, optional.
        ///   - reauthorizeEvery: `ReauthorizeEvery` in seconds (0 disables caching), optional.
        public init(
            headers: Value<[String]>? = nil,
            queryStrings: Value<[String]>? = nil,
            stageVariables: Value<[String]>? = nil,
            context: Value<[String]>? = nil,
            reauthorizeEvery: Value<Int>? = nil
        ) {
            var bag = PropertyBag()
            bag["Headers"] = headers
            bag["QueryStrings"] = queryStrings
            bag["StageVariables"] = stageVariables
            bag["Context"] = context
            bag["ReauthorizeEvery"] = reauthorizeEvery
            self.expression = Expr.map(bag.fields)
        }
    }
}

extension Serverless.Api.Authorizer {
    /// A Lambda `REQUEST` authorizer (SAM `LambdaRequestAuthorizer`).
    ///
    /// ```swift
    /// .lambdaRequest(
    ///     functionArn: authorizer.arn, functionInvokeRole: invokeRole.arn,
    ///     identity: .init(headers: ["Authorization"], reauthorizeEvery: 0))
    /// ```
    public static func lambdaRequest(
        functionArn: Value<String>,
        functionInvokeRole: Value<String>? = nil,
        identity: Serverless.Api.LambdaRequestAuthorizerIdentity? = nil,
        disableFunctionDefaultPermissions: Value<Bool>? = nil
    ) -> Self {
        var bag = PropertyBag()
        bag["FunctionArn"] = functionArn
        bag["FunctionInvokeRole"] = functionInvokeRole
        bag["FunctionPayloadType"] = Serverless.Api.FunctionPayloadType.request
        bag["Identity"] = identity
        bag["DisableFunctionDefaultPermissions"] = disableFunctionDefaultPermissions
        return Self(unchecked: .map(bag.fields))
    }
}
