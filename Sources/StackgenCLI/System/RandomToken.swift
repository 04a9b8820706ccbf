/// Unpredictable names for temporary entries: 32 hex digits (128 bits) from the system's
/// random source, so no one can plant a file or link at a name stackgen is about to create.
enum RandomToken {
    static let length = 32

    static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        return hex(generator.next()) + hex(generator.next())
    }

    /// Whether `text` is a token as `make` writes them.
    static func isToken(_ text: Substring) -> Bool {
        text.utf8.count == length && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
