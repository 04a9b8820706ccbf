import Foundation
import RolloutDemoApp
import StackgenDiff
import StackgenEmit
import StackgenTestSupport
import Testing

@Suite struct DiffTests {
    static let golden = Golden.folder(besides: #filePath)

    func shopDiff() throws -> AppDiff {
        let old = try Synthesized.baseline(ShopFixture.app(version: 1))
        let new = try Synthesized.baseline(ShopFixture.app(version: 2))
        return Differ.diff(from: old, to: new, facts: ShopFixture.facts)
    }

    @Test func textMatchesGolden() throws {
        if let failure = Golden.check(try shopDiff().text, named: "shop.diff.txt", in: Self.golden) { Issue.record("\(failure)") }
    }

    @Test func jsonMatchesGolden() throws {
        let json = CanonicalJSON.string(try shopDiff().json)
        if let failure = Golden.check(json, named: "shop.diff.json", in: Self.golden) { Issue.record("\(failure)") }
    }

    @Test func aCreateOnlyChangeReplacesAndSaysWhy() throws {
        let orders = try #require(try shopDiff().stack(named: "shop-data")?.resources.first { $0.logicalID == "Orders" })
        #expect(orders.kind == .changed)
        #expect(orders.paths == ["Properties/AttributeDefinitions/0/AttributeName", "Properties/KeySchema/0/AttributeName"])
        #expect(orders.replacement == ["Properties/KeySchema/0/AttributeName changes and 'KeySchema' is create-only"])
        // DeletionPolicy does not cover a replacement: the old table's data goes.
        #expect(orders.retainPolicy == nil)
        #expect(orders.flags == ["replaced", "stateful: its data is deleted"])
    }

    @Test func replacementPropagatesThroughACreateOnlyUse() throws {
        let parameter = try #require(try shopDiff().stack(named: "shop-data")?.resources.first { $0.logicalID == "UploadsParameter" })
        #expect(parameter.paths == ["Properties/Name"])
        #expect(parameter.replacement == ["Properties/Name uses 'Uploads', which is replaced, and 'Name' is create-only"])
    }

    @Test func aRemovedRetainedResourceSaysItIsKept() throws {
        let old = try Synthesized.baseline(ShopFixture.app(version: 1))
        let new = try Synthesized.baseline(ShopFixture.app(version: 1, orders: false))
        let orders = try #require(Differ.diff(from: old, to: new, facts: ShopFixture.facts).stack(named: "shop-data")?.resources.first)
        #expect(orders.kind == .removed)
        #expect(orders.flags == ["old resource kept by DeletionPolicy: Retain"])
    }

    @Test func exportsAreAddedRemovedRenamedAndChangedWithTheirImporters() throws {
        let exports = try shopDiff().exports
        #expect(exports.map(\.name) == ["shop-data:Uploads", "shop:alerts"])
        let uploads = try #require(exports.first)
        #expect(uploads.kind == .changed(reason: "'Uploads' is replaced, so {\"Ref\":\"Uploads\"} gets a new value"))
        #expect(uploads.importersBefore == ["shop-api"])
        #expect(uploads.importersAfter == ["shop-api"])
        #expect(exports.last?.kind == .renamed(from: "shop-alerts"))
    }

    @Test func theRolloutDemoDropsAnExportChangesOneAndRemovesAStack() throws {
        let facts = FactsTable(createOnly: ["AWS::SQS::Queue": ["QueueName"], "AWS::SSM::Parameter": ["Name"]], stateful: [])
        let diff = Differ.diff(
            from: try Synthesized.baseline(RolloutDemo.version1), to: try Synthesized.baseline(RolloutDemo.version2), facts: facts)
        #expect(diff.stacks.map { "\($0.name) \($0.status)" } == ["rollout-demo-base changed", "rollout-demo-worker changed", "rollout-demo-legacy removed"])
        #expect(diff.exports.map(\.name) == ["rollout-demo-base:EventsTopic", "rollout-demo-jobs-queue", "rollout-demo-legacy:AuditTopic"])
        #expect(diff.exports.map(\.kind) == [
            .removed, .changed(reason: "its value changes from {\"Ref\":\"JobsQueue\"} to {\"Ref\":\"PriorityQueue\"}"), .removed,
        ])
        #expect(diff.exports.map(\.importersBefore) == [["rollout-demo-worker"], ["rollout-demo-worker"], ["rollout-demo-worker"]])
        #expect(diff.exports.map(\.importersAfter) == [[], ["rollout-demo-worker"], []])
    }
}
