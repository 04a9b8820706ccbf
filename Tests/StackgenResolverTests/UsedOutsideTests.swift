import StackgenCore
import Testing

@Suite("Exports used outside the app")
struct UsedOutsideTests {
    @Test func anExportMarkedUsedOutsideIsNoUnusedExport() {
        var app = App("web", region: .euWest1)
        var a = Stack("a")
        let site = a.add("Site", topic)
        a.output("Kept", site.ref, exportName: "web-kept", usedOutside: "the web build")
        let line = #line + 1
        a.output("Dropped", site.ref, exportName: "web-dropped")
        app.add(a)
        #expect(
            resolve(app).1 == [
                """
                StackgenResolverTests/UsedOutsideTests.swift:\(line): warning[SG401]: export 'web-dropped' is not imported by any stack of this app
                  at: stack a › output Dropped
                  hint: drop 'exportName' unless something outside this app imports it; an imported export cannot be renamed or removed
                """
            ])
    }
}
