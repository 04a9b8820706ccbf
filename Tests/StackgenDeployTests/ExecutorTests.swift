import StackgenDeploy
import StackgenEmit
import Testing

@Suite struct ExecutorTests {
    func run(_ runner: FakeRunner, concurrency: Int = 4, completed: Set<String> = [], selected: Set<String>? = nil)
        -> (Executor.Report, RecordingObserver)
    {
        let observer = RecordingObserver()
        let executor = Executor(plan: Plans.diamond, runner: runner, observer: observer, tickSeconds: 0.01)
        let scheduler = Scheduler(steps: Plans.diamond.steps, selected: selected, completed: completed)
        return (executor.run(scheduler, concurrency: concurrency), observer)
    }

    @Test func everyStepStartsAfterWhatItWaitsFor() throws {
        let runner = FakeRunner()
        let (report, _) = run(runner)
        #expect(report.succeeded)
        #expect(Set(report.finished) == ["a", "b", "c", "d", "e", "f"])
        for step in Plans.diamond.steps {
            for dependency in step.dependsOn {
                let end = try #require(runner.index(dependency.name, start: false))
                let start = try #require(runner.index(step.name, start: true))
                #expect(end < start, "\(step.name) started before \(dependency.name) ended")
            }
        }
    }

    @Test func aStepStartsWhenItsOwnProducersAreDoneNotTheWholeWave() throws {
        let runner = FakeRunner(durations: ["a": 0.6])
        _ = run(runner)
        // d waits only for b, so it runs while a (same wave as b) is still deploying.
        let dStart = try #require(runner.index("d", start: true))
        let aEnd = try #require(runner.index("a", start: false))
        #expect(dStart < aEnd)
    }

    @Test func neverRunsMoreThanTheConcurrencyLimit() {
        let wide = FakeRunner(durations: ["a": 0.2, "b": 0.2, "c": 0.2])
        _ = run(wide, concurrency: 2)
        #expect(wide.mostAtOnce == 2)
        let serial = FakeRunner()
        let (report, _) = run(serial, concurrency: 1)
        #expect(serial.mostAtOnce == 1)
        #expect(report.finished == ["a", "b", "c", "d", "e", "f"])
    }

    @Test func afterAFailureRunningStepsFinishAndNothingNewStarts() {
        let runner = FakeRunner(durations: ["b": 0.05, "a": 0.4], failing: ["b"])
        let (report, observer) = run(runner)
        #expect(report.failed == ["b"])
        // a was running when b failed: it finishes. d (after b), e (after a) and f never start.
        #expect(report.finished.contains("a"))
        #expect(report.neverStarted == ["d", "e", "f"])
        #expect(!runner.started.contains("e"))
        #expect(!report.succeeded)
        #expect(observer.lines.contains("end b CREATE_FAILED"))
    }

    @Test func resumeRunsOnlyWhatIsLeftAndReadsEarlierOutputs() {
        let runner = FakeRunner()
        let (report, _) = run(runner, completed: ["a", "b", "c", "d"])
        #expect(runner.started == ["e", "f"])
        #expect(report.succeeded)
        // e follows a, finished in an earlier run: its outputs are read, not redeployed.
        #expect(runner.outputLookups.contains("a"))
        #expect(runner.inputs["e"]?["a"] == ["Name": "a-deployed"])
        // f follows d (earlier run) and e (this run).
        #expect(runner.inputs["f"]?["e"] == ["Name": "e-value"])
        #expect(runner.inputs["f"]?["d"] == ["Name": "d-deployed"])
    }

    @Test func stackSelectionRunsOnlyTheNamedStacks() {
        let runner = FakeRunner()
        let (report, _) = run(runner, selected: ["d"])
        #expect(runner.started == ["d"])
        #expect(report.succeeded)
    }

    @Test func schedulerStopsHandingOutStepsAfterAFailure() {
        var scheduler = Scheduler(steps: Plans.diamond.steps)
        #expect(scheduler.start(limit: 3) == ["a", "b", "c"])
        #expect(scheduler.start(limit: 3) == [])
        scheduler.finish("b", succeeded: true)
        #expect(scheduler.start(limit: 3) == ["d"])
        scheduler.finish("a", succeeded: false)
        #expect(scheduler.start(limit: 9) == [])
        scheduler.finish("c", succeeded: true)
        #expect(!scheduler.isFinished)
        scheduler.finish("d", succeeded: true)
        #expect(scheduler.isFinished)
        #expect(scheduler.neverStarted == ["e", "f"])
    }
}
