extension Stack {
    /// Declares a string output; an interpolation (`"https://\(api.ref).execute-api…"`) fits,
    /// which the generic `output(_:_:)` cannot infer a type for.
    @discardableResult
    public mutating func output(
        _ key: String, _ value: Value<String>, description: String? = nil, exportName: String? = nil,
        condition: Condition? = nil, usedOutside: String? = nil, file: String = #fileID, line: Int = #line
    ) -> Output<String> {
        typedOutput(
            key, value, description: description, exportName: exportName, condition: condition,
            usedOutside: usedOutside, file: file, line: line)
    }

    /// Calls the generic `output(_:_:)`: inside a generic function only it matches.
    private mutating func typedOutput<T>(
        _ key: String, _ value: Value<T>, description: String?, exportName: String?, condition: Condition?,
        usedOutside: String?, file: String, line: Int
    ) -> Output<T> {
        output(
            key, value, description: description, exportName: exportName, condition: condition,
            usedOutside: usedOutside, file: file, line: line)
    }
}
