/// `"arn:\(AWS.partition):s3:::\(bucket.name)/*"` builds a `Value<String>` whose
/// non-literal parts stay intrinsics; the emitter writes it as `Fn::Sub` or `Fn::Join`.
extension Value: ExpressibleByStringInterpolation where T == String {
    public struct StringInterpolation: StringInterpolationProtocol {
        var parts: [Expr] = []

        public init(literalCapacity: Int, interpolationCount: Int) {
            parts.reserveCapacity(interpolationCount * 2 + 1)
        }

        public mutating func appendLiteral(_ literal: String) {
            guard !literal.isEmpty else { return }
            if case .string(let previous) = parts.last {
                parts[parts.count - 1] = .string(previous + literal)
            } else {
                parts.append(.string(literal))
            }
        }

        public mutating func appendInterpolation(_ text: String) {
            appendLiteral(text)
        }

        public mutating func appendInterpolation(_ number: Int) {
            appendLiteral(String(number))
        }

        public mutating func appendInterpolation(_ value: StackgenCore.Value<String>) {
            append(value.expression)
        }

        public mutating func appendInterpolation(_ value: StackgenCore.Value<Int>) {
            append(value.expression)
        }

        public mutating func appendInterpolation(_ pseudo: PseudoParameter) {
            append(.pseudo(pseudo))
        }

        private mutating func append(_ expression: Expr) {
            if case .string(let literal) = expression {
                appendLiteral(literal)
            } else if case .integer(let number) = expression {
                appendLiteral(String(number))
            } else if case .concat(let inner) = expression {
                for part in inner { append(part) }
            } else {
                parts.append(expression)
            }
        }
    }

    public init(stringInterpolation: StringInterpolation) {
        switch stringInterpolation.parts.count {
        case 0: self.init(expression: .string(""))
        case 1 where stringInterpolation.parts[0].isStringLiteral:
            self.init(expression: stringInterpolation.parts[0])
        default: self.init(expression: .concat(stringInterpolation.parts))
        }
    }
}

extension Expr {
    var isStringLiteral: Bool {
        if case .string = self { return true }
        return false
    }
}
