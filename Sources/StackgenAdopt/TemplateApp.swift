import StackgenCore

/// Hand-written templates as one `App`: what `stackgen check` runs through the same
/// lower → resolve → plan pipeline as a Swift app.
public enum TemplateApp {
    public struct Result: Sendable {
        public let app: App
        /// What the conversion itself found (names only known at deploy time, templates that
        /// are not CloudFormation); the pipeline adds its own.
        public let diagnostics: [Diagnostic]
    }

    public static func make(_ name: String, region: String, templates: [TemplateInput]) -> Result {
        var app = App(name, region: .custom(region), file: templates.first?.path ?? name, line: 1)
        var diagnostics: [Diagnostic] = []
        for input in templates {
            var converter = TemplateStack(input)
            app.add(converter.makeStack())
            diagnostics += converter.diagnostics
        }
        return Result(app: app, diagnostics: diagnostics)
    }
}
