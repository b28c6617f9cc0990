import FieldbookCore

/// One key of a bundle line: its name (also the table column), how its value is written and
/// checked, and whether it may be absent (absent and `null` both mean "no value").
public struct LineField: Sendable {
    public enum Kind: Sendable, Equatable {
        case text
        case integer
        case number
        case boolean
        /// `YYYY-MM-DD`.
        case date
        /// `HH:MM` (`H:MM` accepted and stored as `HH:MM`).
        case time
        /// UTC ISO 8601 with milliseconds; other ISO 8601 forms are accepted and stored canonically.
        case timestamp
        /// An array of strings; stored in the database as JSON text.
        case textList
        /// One of a fixed set of strings (an enumeration's raw values).
        case choice([String])
    }

    public let name: String
    public let kind: Kind
    public let optional: Bool
    /// Old names of a choice's values, read as their new names: bundles written before a value
    /// was renamed still import (a recommendation's `verified` is `closed` since 2026-12).
    public let legacyValues: [String: String]
    /// What an absent (or null) value means, for a field added later to a column that is never
    /// NULL: a bundle written before the field existed reads as this (`outOfTown`: false).
    public let absentValue: Bool?

    init(_ name: String, _ kind: Kind, optional: Bool = false, legacyValues: [String: String] = [:],
         absentValue: Bool? = nil) {
        self.name = name
        self.kind = kind
        self.optional = optional || absentValue != nil
        self.legacyValues = legacyValues
        self.absentValue = absentValue
    }
}
