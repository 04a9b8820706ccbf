/// Values a command hands over instead of freeing them: `stackgen` exits right after a
/// command, and tearing down the trees of a hundred templates one node at a time cost
/// `check` about a fifth of its run (the operating system takes the memory back at once).
/// The same choice compilers make when they skip freeing before exit.
enum KeptUntilExit {
    nonisolated(unsafe) private static var values: [Any] = []

    static func keep(_ value: Any) {
        values.append(value)
    }
}
