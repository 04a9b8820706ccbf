import Testing

@testable import StackgenAppSync

@Suite("AppSync.ApiKey expiry check")
struct AppSyncApiKeyExpiryTests {
    @Test func literalExpiryIsReportedWithItsUTCDate() {
        let key = AppSync.ApiKey(apiId: "abc", expires: .whole(1_798_629_642))
        let findings = key.findings()
        #expect(findings.count == 1)
        #expect(findings.first?.code == .expiringAPIKey)
        #expect(findings.first?.message == "api key expires at a fixed time: 2026-12-30 (1798629642)")
        #expect(findings.first?.field == "Properties.Expires")
        #expect(
            findings.first?.hint
                == "the key stops working then and a fresh deploy with this expiry fails; take the expiry from a parameter and rotate the key before that date"
        )
    }

    @Test func fractionalLiteralWithWholeValueCounts() {
        let key = AppSync.ApiKey(apiId: "abc", expires: 1_798_629_642.0)
        #expect(key.findings().map(\.message) == ["api key expires at a fixed time: 2026-12-30 (1798629642)"])
    }

    @Test func noExpiryOrAnIntrinsicIsFine() {
        var stack = Stack("events")
        let expiry = stack.parameter("KeyExpiry", type: .number, of: Double.self)
        #expect(AppSync.ApiKey(apiId: "abc").findings().isEmpty)
        #expect(AppSync.ApiKey(apiId: "abc", expires: expiry.value).findings().isEmpty)
    }

    @Test func lowersToAWarningAtTheResource() {
        var stack = Stack("events")
        stack.add("Key", AppSync.ApiKey(apiId: "abc", expires: .whole(1_798_629_642)))
        var app = App("demo", region: .euWest1)
        app.add(stack)
        var diagnostics = Diagnostics()
        _ = Lowering.lower(app, into: &diagnostics)
        let warning = diagnostics.all.first { $0.code == .expiringAPIKey }
        #expect(warning?.severity == .warning)
        #expect(warning?.path.description == "stack events › resource Key › Properties.Expires")
    }

    @Test(arguments: [
        (0, "1970-01-01"), (-1, "1969-12-31"), (951_782_400, "2000-02-29"), (1_798_675_199, "2026-12-30"),
        (1_798_675_200, "2026-12-31"), (4_107_542_400, "2100-03-01"), (-62_135_596_800, "0001-01-01"),
    ])
    func utcDates(seconds: Int, expected: String) {
        #expect(UTCDate(epochSeconds: seconds).description == expected)
    }
}
