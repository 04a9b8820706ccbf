/// Why the output folder could not be written, for the user: the path and the system's
/// reason in `message`, what to do in `hint`. Exit code 1.
public struct OutputFailure: Error, Sendable {
    public let message: String
    public let hint: String

    public init(message: String, hint: String) {
        self.message = message
        self.hint = hint
    }

    static func cannotWrite(_ failure: Directory.Failure) -> OutputFailure {
        OutputFailure(
            message: "cannot write '\(failure.path)': \(failure.reason)",
            hint: "check the folder's permissions and free space, or pick another with '--out'; the previous output is unchanged")
    }

    static func cannotRemove(_ failure: Directory.Failure) -> OutputFailure {
        OutputFailure(
            message: "cannot remove '\(failure.path)': \(failure.reason)",
            hint: "the new output is complete; remove the file by hand or fix the folder's permissions, then run synth again")
    }
}
