import Testing

/// The templates and plan.json must describe each other.
@Suite struct PlanCheckTests {
    static let template = #"{"Resources": {"Topic": {"Type": "AWS::SNS::Topic"}}}"#

    @Test func missingPlan() {
        #expect(Fixture.verify([("app-api.template.json", Self.template)]) == ["plan.json: plan.json was not emitted"])
    }

    @Test func stepWhoseTemplateWasNotEmitted() {
        var gone = FixtureStack(name: "app-gone", template: Self.template)
        gone.wave = 1
        let plan = #"{"version": 1, "steps": [\#(gone.planStep)]}"#
        #expect(
            Fixture.verify([("plan.json", plan)]) == [
                "plan.json at steps/0/template: step 'app-gone' deploys 'app-gone.template.json', which was not emitted"
            ])
    }

    @Test func stepWithoutItsRegion() {
        let plan = #"{"version": 1, "steps": [{"name": "app-api", "kind": "stack", "wave": 1, "template": "app-api.template.json"}]}"#
        #expect(
            Fixture.verify([("app-api.template.json", Self.template), ("plan.json", plan)]) == [
                "app-api.template.json: no step of plan.json deploys this template",
                "plan.json at steps/0: stack step lacks its name, region, wave or template",
            ])
    }
}
