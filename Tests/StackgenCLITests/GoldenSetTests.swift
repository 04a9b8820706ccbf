import Foundation
import StackgenTestSupport
import Testing

/// The golden check itself: a golden that nothing emits any more fails the test.
@Suite struct GoldenSetTests {
    @Test func aStaleGoldenFailsTheCheck() throws {
        let folder = try BinaryRunner.temporaryFolder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("app"), withIntermediateDirectories: true)
        try Data("a\n".utf8).write(to: folder.appendingPathComponent("app/a.template.json"))
        try Data("b\n".utf8).write(to: folder.appendingPathComponent("app/removed.template.json"))
        #expect(
            Golden.checkSet([("a.template.json", "a\n")], set: "app", in: folder)
                == ["stale golden app/removed.template.json: nothing emits it any more; run with STACKGEN_RECORD=1 to remove it"])
        #expect(Golden.checkSet([("a.template.json", "a\n"), ("removed.template.json", "b\n")], set: "app", in: folder) == [])
    }
}
