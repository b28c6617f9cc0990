/// The JSON file format of a checklist template (docs/checklist-format.md).
/// Decoding is lenient about missing keys so that validation can name the item at fault.
public struct ChecklistTemplateFile: Codable, Sendable, Equatable {
    public static let formatName = "fieldbook-checklist"
    public static let formatVersion = 1

    public var format: String?
    public var formatVersion: Int?
    public var id: String?
    public var version: Int?
    public var title: Text?
    public var sections: [Section]?

    public struct Text: Codable, Sendable, Equatable {
        public var zh: String?
        public var en: String?
    }

    public struct Section: Codable, Sendable, Equatable {
        public var code: String?
        public var title: Text?
        public var items: [Item]?
    }

    public struct Item: Codable, Sendable, Equatable {
        public var code: String?
        public var label: Text?
        public var guidance: Text?
        public var legalBasis: Text?
        public var weight: Int?
        public var critical: Bool?
        /// `contracts`, `wages` or `socialInsurance`; absent: the section's (LC, WG, SI), else none.
        public var area: String?
        /// A `SeriousViolation` raw value.
        public var serious: String?
        /// `workers`, `amount`, `months`: what a non-compliant answer records.
        public var figures: [String]?
        public var signal: Bool?
        /// The finding phrase, with `{workers}`, `{amount}`, `{months}` placeholders.
        public var finding: Text?
        /// The standard remedy.
        public var remedy: Text?
        public var deadlineDays: Int?
        public var workingDays: Bool?
        /// `owner`, `generalContractor`, `subcontractor`, `userFirm`, `dispatchAgency`: who the duty binds.
        public var binds: [String]?
    }
}
