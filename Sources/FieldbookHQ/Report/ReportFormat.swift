import FieldbookBundle
import FieldbookCore

/// The formats `fieldbook hq report` writes.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text, csv, html
}
