/// CloudFormation's stack statuses, sorted into what a deploy does next. One table instead
/// of `aws cloudformation wait`, which polls for an hour and cannot tell a delete that
/// bounced back (an export still in use) from one still running.
public enum StackStatus {
    public enum Kind: Sendable, Hashable {
        /// Still moving; poll again.
        case inProgress
        case succeeded
        /// Settled, but the operation failed (including a finished rollback).
        case failed
    }

    public static func kind(_ status: String) -> Kind {
        if status.hasSuffix("_IN_PROGRESS") { return .inProgress }
        if succeeded.contains(status) { return .succeeded }
        return .failed
    }

    static let succeeded: Set<String> = ["CREATE_COMPLETE", "UPDATE_COMPLETE", "IMPORT_COMPLETE", "DELETE_COMPLETE"]

    /// A stack whose first creation never completed can only be deleted: a rolled-back
    /// first attempt, a creation that failed with rollback off, a change set never executed
    /// (and moto's `CREATE_PENDING` record of a create it rejected).
    public static func mustBeDeletedBeforeCreating(_ status: String) -> Bool {
        status == "ROLLBACK_COMPLETE" || status == "ROLLBACK_FAILED" || status == "REVIEW_IN_PROGRESS"
            || (status.hasPrefix("CREATE_") && status != "CREATE_COMPLETE" && status != "CREATE_IN_PROGRESS")
    }
}
