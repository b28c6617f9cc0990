/// A document as a list of blocks, independent of the output format: the PDF layout paginates
/// them on A4, the HTML rendering maps them to elements, the text preview reads the first page.
public enum DocumentBlock: Sendable, Hashable {
    /// The issuing bureau or the document's name: centred, large, bold.
    case title(String)
    /// Centred, normal weight (a line under the title).
    case subtitle(String)
    /// Right-aligned on its own line (the document number).
    case trailing(String)
    /// A label line above a group: bold, kept with what follows.
    case heading(String)
    /// Running text, wrapped; `indent` starts the first line two ideographs in (Chinese style).
    case paragraph(String, indent: Bool = false)
    /// `label：value` rows; values wrap under themselves.
    case fields([DocumentField])
    case table(DocumentTable)
    /// A boxed remark (the translation label).
    case remark(String)
    /// Signature and date lines, kept together on one page.
    case signatures([DocumentSignature])
    /// Vertical space in points.
    case space(Double)
}

public struct DocumentField: Sendable, Hashable {
    public var label: String
    public var value: String

    public init(_ label: String, _ value: String) {
        self.label = label
        self.value = value
    }
}

/// A table whose header row is repeated on every page it continues on.
public struct DocumentTable: Sendable, Hashable {
    public struct Column: Sendable, Hashable {
        public var title: String
        /// Share of the text width.
        public var share: Double
        public var centred: Bool

        public init(_ title: String, share: Double, centred: Bool = false) {
            self.title = title
            self.share = share
            self.centred = centred
        }
    }

    public enum Row: Sendable, Hashable {
        case cells([String])
        /// A row across all columns (a checklist section's name).
        case section(String)
    }

    public var columns: [Column]
    public var rows: [Row]

    public init(columns: [Column], rows: [Row]) {
        self.columns = columns
        self.rows = rows
    }
}

/// One party's signature line: who signs, and a date line beside it.
public struct DocumentSignature: Sendable, Hashable {
    public var party: String
    public var dateLabel: String

    public init(party: String, dateLabel: String) {
        self.party = party
        self.dateLabel = dateLabel
    }
}

/// A document ready to render: its blocks and what the footer of every page says.
public struct DocumentPlan: Sendable, Hashable {
    public var title: String
    public var language: String
    public var blocks: [DocumentBlock]
    /// The footer's left part (document name and number).
    public var footerNote: String
    /// The footer's page text for page `x` of `y`.
    public var pageLabel: PageLabel

    public enum PageLabel: Sendable, Hashable {
        case chinese, english

        public func text(page: Int, of count: Int) -> String {
            switch self {
            case .chinese: "第 \(page) 页 共 \(count) 页"
            case .english: "Page \(page) of \(count)"
            }
        }
    }
}
