import TerminalKit

/// The key that removes a record entered by mistake, the same on every screen that offers it
/// (the review, the enterprise's visits, the recommendations): Del. No letter: `d` is the
/// documents key of a completed visit's review and `x` exports from the dashboard. The hint
/// names what Del does to the selected record: delete (a draft never exported) or void (作废).
enum RemovalKeys {
    static let keys: [Key] = [.delete]
    static let label = "Del"
}
