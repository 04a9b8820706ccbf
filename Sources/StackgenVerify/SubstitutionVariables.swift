/// The variables an `Fn::Sub` text names: every `${Name}`, but not the `${!Literal}` escape,
/// which CloudFormation writes out as `${Literal}`.
enum SubstitutionVariables {
    static func names(in text: String) -> [String] {
        var names: [String] = []
        let bytes = Array(text.utf8)
        var index = 0
        while index + 1 < bytes.count {
            guard bytes[index] == UInt8(ascii: "$"), bytes[index + 1] == UInt8(ascii: "{") else {
                index += 1
                continue
            }
            let start = index + 2
            guard let end = bytes[start...].firstIndex(of: UInt8(ascii: "}")) else { break }
            if bytes.indices.contains(start), bytes[start] != UInt8(ascii: "!") {
                names.append(String(decoding: bytes[start..<end], as: UTF8.self))
            }
            index = end + 1
        }
        return names
    }
}
