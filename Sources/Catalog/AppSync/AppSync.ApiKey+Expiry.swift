import StackgenCatalogSupport
import StackgenCore

/// Guards `AWS::AppSync::ApiKey.Expires`: a literal expiry is a date on which the key stops
/// working and after which a fresh deploy of the same template is rejected (AppSync refuses
/// an expiry in the past). The seed app's key expires on 2026-12-30.
extension AppSync.ApiKey: ResourceChecking {
    public func findings() -> [ResourceFinding] {
        guard let seconds = Self.literalSeconds(properties["Expires"]) else { return [] }
        return [.fixedExpiry(seconds: seconds)]
    }

    /// The expiry when it is written as a number; nil for intrinsics (a parameter, `Fn::If`).
    private static func literalSeconds(_ expires: Expr?) -> Int? {
        switch expires {
        case .integer(let seconds)?: return seconds
        case .number(let seconds)? where seconds.rounded(.towardZero) == seconds && abs(seconds) < 1e15:
            return Int(seconds)
        default: return nil
        }
    }
}

extension ResourceFinding {
    fileprivate static func fixedExpiry(seconds: Int) -> ResourceFinding {
        ResourceFinding(
            .expiringAPIKey, message: "api key expires at a fixed time: \(UTCDate(epochSeconds: seconds)) (\(seconds))",
            field: "Properties.Expires",
            hint: "the key stops working then and a fresh deploy with this expiry fails; "
                + "take the expiry from a parameter and rotate the key before that date")
    }
}

/// A calendar day in UTC computed from Unix time, with no clock or time zone involved, so
/// the same template always yields the same text.
struct UTCDate: CustomStringConvertible, Equatable {
    let year: Int
    let month: Int
    let day: Int

    init(epochSeconds: Int) {
        // Days since 1970-01-01, floored so times before 1970 land on the right day.
        let days = epochSeconds >= 0 ? epochSeconds / 86_400 : (epochSeconds - 86_399) / 86_400
        // Howard Hinnant's civil_from_days: shift to eras of 400 years starting 0000-03-01.
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    var description: String {
        func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
    }
}
