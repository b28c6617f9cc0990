/// The end-of-day export screen.
public protocol ExportText {
    var exportTitle: String { get }
    var exportIntro: String { get }
    var exportPending: String { get }
    var exportNothingPending: String { get }
    func exportLastExport(_ when: String) -> String
    var exportNever: String { get }
    var exportDirectory: String { get }
    var exportStart: String { get }
    var exportRunning: String { get }
    var exportDone: String { get }
    var exportFailed: String { get }
    func exportSize(_ size: String) -> String
    var keyExport: String { get }
    var exportKindVisits: String { get }
    var exportKindAnswers: String { get }
    var exportKindRecommendations: String { get }
    var exportKindEnterprises: String { get }
    var exportKindAuditEvents: String { get }
    var exportKindDeletions: String { get }
    func exportDirectoryMissing(_ path: String) -> String
    func exportDirectoryNotWritable(_ path: String) -> String
    func exportNotADirectory(_ path: String) -> String
    func exportDiskFull(_ path: String) -> String
    func exportBundleNumber(_ sequence: Int) -> String
    var exportKindAttachments: String { get }
    var exportScope: String { get }
    var exportScopeChanges: String { get }
    var exportScopeDay: String { get }
    var exportScopeAll: String { get }
    var exportDayLabel: String { get }
    var exportDayInvalid: String { get }
    /// After Ctrl-E with nothing new: a neutral fact, not a failure.
    var exportNothingNew: String { get }
    func exportNothingOnDay(_ day: String) -> String
    var exportHistoryTitle: String { get }
    var exportHistoryNone: String { get }
    var exportColumnWhen: String { get }
    var exportColumnNumber: String { get }
    var exportColumnHeld: String { get }
    var exportColumnSize: String { get }
    var exportColumnState: String { get }
    var exportColumnFile: String { get }
    var exportStatePublished: String { get }
    var exportStatePending: String { get }
    func exportHeld(visits: Int, records: Int, attachments: Int) -> String
    var exportScopeShortAll: String { get }
    func exportScopeShortDay(_ day: String) -> String
    var keyScrollHistory: String { get }
}
