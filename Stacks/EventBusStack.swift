import StackgenEvents

/// `ai-bartender-eventbus`: the custom EventBridge bus the api publishes `DrinkCreated` on.
struct EventBusStack {
    var stack = Stack("ai-bartender-eventbus", description: "AI Bartender Custom EventBridge Event Bus")
    let busName: Output<String>
    let busArn: Output<String>

    init() {
        stack.transforms = [Bartender.samTransform]
        let application = stack.parameter("Application", default: "ai-bartender")
        let bus = stack.add(
            "AiBartenderEventBus",
            Events.EventBus(
                name: "\(application.value)-events", description: "Custom event bus for AI Bartender application events"))
        busName = stack.output(
            "EventBusName", bus.ref, description: "Name of the custom event bus",
            exportName: "ai-bartender-eventbus:event-bus-name")
        busArn = stack.output(
            "EventBusArn", bus.arn, description: "ARN of the custom event bus",
            exportName: "ai-bartender-eventbus:event-bus-arn")
    }
}
