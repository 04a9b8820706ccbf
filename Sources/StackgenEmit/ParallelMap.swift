import Dispatch

/// `map` on every core, in input order: for independent work on many items (templates to
/// render, files to read) where one thread leaves the other cores idle. Below `threshold`
/// items it stays on the calling thread, where starting workers would cost more than it saves.
public enum ParallelMap {
    public static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], threshold: Int = 2, _ transform: @Sendable (Item) -> Result
    ) -> [Result] {
        guard items.count >= threshold, items.count > 1 else { return items.map(transform) }
        var results = [Result?](repeating: nil, count: items.count)
        results.withUnsafeMutableBufferPointer { buffer in
            let slots = Slots(base: buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: items.count) { index in
                slots.base[index] = transform(items[index])
            }
        }
        return results.map { $0! }
    }

    /// Each iteration writes only its own slot, so sharing the buffer is safe.
    private struct Slots<Result>: @unchecked Sendable {
        let base: UnsafeMutablePointer<Result?>
    }
}
