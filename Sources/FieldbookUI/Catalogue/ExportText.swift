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
    var exportFile: String { get }
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
}
