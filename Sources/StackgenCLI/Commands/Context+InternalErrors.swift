import StackgenVerify

extension Context {
    /// A verifier finding is stackgen's bug, not the user's: each is printed as an internal
    /// error and the command exits 70 without writing anything. nil when there are none.
    func reportInternalErrors(_ findings: [VerificationFinding]) -> Int32? {
        guard !findings.isEmpty else { return nil }
        for finding in findings {
            console.err("\(console.paint("internal error:", .red)) \(finding), please report\n")
        }
        return ExitCode.internalError
    }
}
