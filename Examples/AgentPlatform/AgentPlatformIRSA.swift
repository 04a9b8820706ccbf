import StackgenCatalogSupport

/// IAM roles for Kubernetes service accounts.
enum AgentPlatformIRSA {
    /// The trust policy of an IRSA role: the cluster's OIDC provider may assume it for one
    /// service account (`namespace:name`).
    ///
    /// The condition keys start with the issuer's host, known only once the cluster exists,
    /// and CloudFormation cannot compute a JSON key; the trust policy is therefore written as
    /// a JSON string, which `AssumeRolePolicyDocument` also accepts.
    static func trust(provider: Value<String>, issuer: Value<String>, serviceAccount: String) -> IAM.PolicyDocument {
        let host = Fn.select(1, Fn.split("//", issuer))
        let document: Value<String> = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Federated":"\(provider)"},\
            "Action":"sts:AssumeRoleWithWebIdentity","Condition":{"StringEquals":{\
            "\(host):sub":"system:serviceaccount:\(serviceAccount)","\(host):aud":"sts.amazonaws.com"}}}]}
            """
        return .json(document.expression)
    }
}
