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
    public var exportKindAttachments: String { "attachments" }
    public var exportScope: String { "Export" }
    public var exportScopeChanges: String { "new changes" }
    public var exportScopeDay: String { "one day's visits again" }
    public var exportScopeAll: String { "everything again" }
    public var exportDayLabel: String { "day" }
    public var exportDayInvalid: String { "Type the day to send again, such as 2026-11-28." }
    public var exportNothingNew: String { "Nothing new since the last export; no file was written." }
    public func exportNothingOnDay(_ day: String) -> String { "Nothing was recorded on \(day) to send again; no file was written." }
    public var exportHistoryTitle: String { "Past exports" }
    public var exportHistoryNone: String { "No exports yet" }
    public var exportColumnWhen: String { "When" }
    public var exportColumnNumber: String { "No." }
    public var exportColumnHeld: String { "Held" }
    public var exportColumnSize: String { "Size" }
    public var exportColumnState: String { "State" }
    public var exportColumnFile: String { "File" }
    public var exportStatePublished: String { "published" }
    public var exportStatePending: String { "pending" }
    public func exportHeld(visits: Int, records: Int, attachments: Int) -> String {
        "visits \(visits) · records \(records)" + (attachments > 0 ? " · attachments \(attachments)" : "")
    }
    public var exportScopeShortAll: String { "all" }
    public func exportScopeShortDay(_ day: String) -> String { "day \(day)" }
    public var keyScrollHistory: String { "past exports" }
}
