/// A value put at a path inside a resource's `Properties` by `.overriding(_:with:)`, kept
/// with its call site: lowering reports a path that cannot be applied, and the verifier
/// confirms the value reached the emitted template.
public struct PropertyOverride: Sendable, Hashable {
    /// Why a path cannot be applied; the resource's properties were left as they were.
    public enum Problem: Sendable, Hashable {
        /// `A..B`, a leading or trailing `.`, or an empty path.
        case emptySegment
        /// A numeric segment where the value so far is a map, a scalar or an intrinsic.
        case indexIntoNonList(at: [String], index: Int)
        /// A numeric segment past the end of a list (one past the end appends).
        case indexOutOfRange(at: [String], index: Int, count: Int)
        /// A name segment where the value so far is a list.
        case keyIntoList(at: [String], key: String)
        /// A name segment where the value so far is a scalar or an intrinsic.
        case keyThroughScalar(at: [String], key: String)
    }

    /// The path as written (`OwnershipControls.Rules.0.ObjectOwnership`).
    public let written: String
    /// The path below `Properties`, one component per segment.
    public let path: [String]
    public let value: Expr
    public let location: SourceLocation
    /// Nil when the value was put in place.
    public let problem: Problem?

    /// Puts `value` at `path` (property names joined by `.`, list items by index, an optional
    /// leading `Properties.`) in `properties`. Missing maps are created, and an index one past
    /// a list's end (0 for a property not set) appends an item; what sits at the last segment
    /// is replaced. A path that runs into something else changes nothing and says why.
    public static func apply(
        _ path: String, value: Expr, to properties: inout [String: Expr], location: SourceLocation
    ) -> PropertyOverride {
        var components = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        if components.count > 1, components.first == "Properties" { components.removeFirst() }
        func result(_ problem: Problem?) -> PropertyOverride {
            PropertyOverride(written: path, path: components, value: value, location: location, problem: problem)
        }
        if components.contains(where: \.isEmpty) { return result(.emptySegment) }
        switch setting(value, at: components[...], in: .map(properties), prefix: []) {
        case .success(.map(let fields)):
            properties = fields
            return result(nil)
        case .success:
            return result(.emptySegment)
        case .failure(let problem):
            return result(problem.problem)
        }
    }

    /// The same call with another value (what the path holds once later overrides inside
    /// it are applied).
    public func replacingValue(with newValue: Expr) -> PropertyOverride {
        PropertyOverride(written: written, path: path, value: newValue, location: location, problem: problem)
    }

    private struct Failure: Error { let problem: Problem }

    private static func setting(
        _ value: Expr, at path: ArraySlice<String>, in current: Expr?, prefix: [String]
    ) -> Result<Expr, Failure> {
        guard let segment = path.first else { return .success(value) }
        let rest = path.dropFirst(), here = prefix + [segment]
        if let index = Int(segment), index >= 0 {
            var items: [Expr]
            switch current {
            case .list(let existing)?: items = existing
            case .none: items = []
            default: return .failure(Failure(problem: .indexIntoNonList(at: prefix, index: index)))
            }
            guard index <= items.count else {
                return .failure(Failure(problem: .indexOutOfRange(at: prefix, index: index, count: items.count)))
            }
            // Spelled out: `Expr` is nil-literal convertible, so a bare `nil` here would be `.null`.
            let existing: Expr? = index < items.count ? items[index] : Optional.none
            let child = setting(value, at: rest, in: existing, prefix: here)
            return child.map { newItem in
                if index < items.count { items[index] = newItem } else { items.append(newItem) }
                return .list(items)
            }
        }
        var fields: [String: Expr]
        switch current {
        case .map(let existing)?: fields = existing
        case .none: fields = [:]
        case .list?: return .failure(Failure(problem: .keyIntoList(at: prefix, key: segment)))
        default: return .failure(Failure(problem: .keyThroughScalar(at: prefix, key: segment)))
        }
        return setting(value, at: rest, in: fields[segment], prefix: here).map { newValue in
            fields[segment] = newValue
            return .map(fields)
        }
    }
}
