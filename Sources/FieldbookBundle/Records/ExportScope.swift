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
