extension English {
    public var exportTitle: String { "Export" }
    public var exportIntro: String { "Writes everything changed since the last export into one signed file for headquarters (USB stick, mail or upload). Records stay editable; later edits go out next time." }
    public var exportPending: String { "This export carries:" }
    public var exportNothingPending: String { "Nothing has changed since the last export." }
    public func exportLastExport(_ when: String) -> String { "Last export: \(when)" }
    public var exportNever: String { "never" }
    public var exportDirectory: String { "Save in" }
    public var exportStart: String { "Export now" }
    public var exportRunning: String { "Exporting" }
    public var exportDone: String { "Export finished" }
    public var exportFailed: String { "The export did not finish; nothing is lost:" }
    public var exportFile: String { "File:" }
    public func exportSize(_ size: String) -> String { "Size: \(size)" }
    public var keyExport: String { "export" }
    public var exportKindVisits: String { "visits" }
    public var exportKindAnswers: String { "answers" }
    public var exportKindRecommendations: String { "recommendations" }
    public var exportKindEnterprises: String { "enterprises" }
    public var exportKindAuditEvents: String { "changes" }
    public var exportKindDeletions: String { "deletions" }
    public func exportDirectoryMissing(_ path: String) -> String { "The directory \(path) does not exist. Create it or type another one." }
    public func exportDirectoryNotWritable(_ path: String) -> String { "Cannot write in \(path) (read-only or no permission). Choose another directory." }
    public func exportNotADirectory(_ path: String) -> String { "\(path) is not a directory. Type a directory." }
    public func exportDiskFull(_ path: String) -> String { "The disk is full while writing \(path). Free some space or use another disk, then try again." }
    public func exportBundleNumber(_ sequence: Int) -> String { "bundle #\(sequence)" }
}
