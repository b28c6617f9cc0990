import FieldbookCore

/// What an export bundle carries.
public enum ExportScope: Sendable, Equatable {
    /// Everything changed since the last export (the default); advances the export cursor.
    case sinceLastExport
    /// Everything this device ever wrote; advances the export cursor.
    case all
    /// The visits of one day with their answers, recommendations and audit events, and the
    /// deletions made that day (by the clock's time zone); a re-send that leaves the export
    /// cursor where it is.
    case day(LocalDate)

    public var advancesCursor: Bool {
        if case .day = self { return false }
        return true
    }
}

extension ExportScope {
    /// Whether the bundle carries the `csv/` spreadsheet copies. A full export does not: it is a
    /// transfer of everything (a new laptop, an archive), its copies would double the file and
    /// most of its time (docs/performance.md), and at any real size they exceed the 1,048,576
    /// rows a spreadsheet opens anyway. A day's and a change export keep them for the people at
    /// headquarters who read bundles in a spreadsheet.
    public var carriesCSVCopies: Bool { self != .all }
}
