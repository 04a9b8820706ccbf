import StackgenCore

extension Resolver {
    /// True when the export's output says something outside the app imports it.
    static func isUsedOutside(_ entry: ExportTable.Entry, in model: AppModel) -> Bool {
        model.stacks.first { $0.name == entry.stack }?.outputs.first { $0.key == entry.outputKey }?.usedOutside != nil
    }
}
