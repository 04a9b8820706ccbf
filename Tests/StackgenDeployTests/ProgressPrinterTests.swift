import StackgenDeploy
import StackgenEmit
import Testing

@Suite struct ProgressPrinterTests {
    @Test func plainLinesSayStartEndElapsedStatusAndReason() {
        var text = ""
        let printer = ProgressPrinter(total: 2, live: false) { text += $0 }
        let data = Plans.step("shop-data", wave: 1)
        let api = Plans.step("shop-api", wave: 2, after: ["shop-data"])
        printer.started(data, at: 0)
        printer.tick(running: [(step: data, since: 0, latest: "CREATE_IN_PROGRESS Orders")], at: 1)
        printer.finished(data, outcome: StepOutcome(.succeeded(status: "CREATE_COMPLETE")), elapsed: 12.34)
        printer.started(api, at: 12)
        printer.finished(api, outcome: StepOutcome(.failed(status: "ROLLBACK_COMPLETE", reason: "Fn (AWS::Lambda::Function) CREATE_FAILED: no role")), elapsed: 3)
        #expect(text == """
            [0/2] start shop-data (eu-west-1, wave 1)
            [1/2] done  shop-data CREATE_COMPLETE in 12.3s
            [1/2] start shop-api (eu-west-1, wave 2)
            [2/2] FAILED shop-api ROLLBACK_COMPLETE in 3.0s
                  reason: Fn (AWS::Lambda::Function) CREATE_FAILED: no role

            """)
    }

    @Test func onATerminalTheTableIsRedrawnBelowThePlainLines() {
        var text = ""
        let printer = ProgressPrinter(total: 1, live: true) { text += $0 }
        let data = Plans.step("shop-data", wave: 1)
        printer.started(data, at: 0)
        printer.tick(running: [(step: data, since: 0, latest: "CREATE_IN_PROGRESS Orders")], at: 2)
        printer.finished(data, outcome: StepOutcome(.unchanged), elapsed: 2)
        // The table (two lines) is erased before the next plain line is written.
        #expect(text.contains("  shop-data  2.0s  CREATE_IN_PROGRESS Orders\n\u{1B}[2A\u{1B}[J[1/1] done  shop-data unchanged in 2.0s\n"))
    }
}
