/// What an export bundle carries.
public enum ExportScope: Sendable, Equatable {
    /// Everything changed since the last export (the default); advances the export cursor.
    case sinceLastExport
    /// Everything this device ever wrote; advances the export cursor.
    case all
    /// The visits of one day with their answers, recommendations and audit events; a re-send
    /// that leaves the export cursor where it is (deletions are not part of it).
    case day(LocalDate)

    public var advancesCursor: Bool {
        if case .day = self { return false }
        return true
    }
}
