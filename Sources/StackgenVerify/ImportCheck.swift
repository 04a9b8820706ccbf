/// Every `Fn::ImportValue` names an export of the app that the plan deploys earlier in the
/// same account and region, or an export the app declares as made outside it.
struct ImportCheck {
    let exports: EmittedExports
    let externalExports: Set<String>

    func findings(for uses: TemplateUses, of stack: DeploymentPlan.Stack, file: String) -> [VerificationFinding] {
        uses.imports.compactMap { use -> VerificationFinding? in
            // A computed name comes only from an escape hatch (`Expr.function`, an imported
            // template's `!Sub` name): the user wrote it and nothing can check it before deploy.
            guard let name = use.name else { return nil }
            guard let export = exports.entry(named: name, visibleFrom: stack) else {
                if externalExports.contains(name) { return nil }
                return VerificationFinding(file: file, path: use.path, name: name, message: Message.missing(name, in: stack))
            }
            if export.stack.name == stack.name {
                return VerificationFinding(file: file, path: use.path, name: name, message: Message.own(name))
            }
            if export.stack.wave >= stack.wave {
                return VerificationFinding(file: file, path: use.path, name: name, message: Message.order(name, producer: export.stack, consumer: stack))
            }
            return nil
        }
    }
}

/// How findings name where a stack deploys: `region 'eu-west-1', account '123…'`.
func placement(of stack: DeploymentPlan.Stack) -> String {
    "region '\(stack.region)', " + (stack.account.map { "account '\($0)'" } ?? "the deploying account")
}

extension ImportCheck {
    fileprivate enum Message {
        static func missing(_ name: String, in stack: DeploymentPlan.Stack) -> String {
            "Fn::ImportValue '\(name)' names no export of the app in \(placement(of: stack)) and no declared external export"
        }
        static func own(_ name: String) -> String { "Fn::ImportValue '\(name)' imports an export of its own stack" }
        static func order(_ name: String, producer: DeploymentPlan.Stack, consumer: DeploymentPlan.Stack) -> String {
            "Fn::ImportValue '\(name)' is exported by '\(producer.name)' (wave \(producer.wave)), "
                + "which the plan does not deploy before '\(consumer.name)' (wave \(consumer.wave))"
        }
    }
}
