/// A typed section of a SAM template's `Globals` (`Serverless.Globals.Function`, …).
public protocol GlobalsSection: PropertyStruct {
    /// The key under `Globals`: `Function`, `Api`, …
    static var section: String { get }
}

extension Stack {
    /// Sets one section of the template's `Globals`, replacing what was there.
    ///
    /// ```swift
    /// stack.setGlobals(Serverless.Globals.Function(runtime: "python3.13", timeout: 30))
    /// ```
    public mutating func setGlobals<Section: GlobalsSection>(_ section: Section) {
        globals[Section.section] = section.expression
    }
}
