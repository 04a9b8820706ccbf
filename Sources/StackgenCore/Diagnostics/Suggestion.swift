/// "Did you mean …?" for names the user typed: the closest candidate within a small edit
/// distance, ties broken alphabetically so the suggestion is stable.
public enum Suggestion {
    public static func closest(to name: String, in candidates: some Sequence<String>) -> String? {
        let limit = max(2, name.count / 3)
        var best: (distance: Int, name: String)?
        for candidate in candidates {
            let distance = editDistance(name.lowercased(), candidate.lowercased())
            guard distance <= limit else { continue }
            if best == nil || (distance, candidate) < (best!.distance, best!.name) {
                best = (distance, candidate)
            }
        }
        return best?.name
    }

    /// ` Did you mean 'x'?` or the empty string, ready to append to a message or hint.
    public static func phrase(for name: String, in candidates: some Sequence<String>) -> String? {
        closest(to: name, in: candidates).map { "did you mean '\($0)'?" }
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
