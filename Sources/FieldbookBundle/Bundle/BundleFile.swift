import FieldbookCore

/// The record files of a bundle: JSON Lines, one record per line, each with a JSON Schema in
/// docs/schemas/ and a spreadsheet copy under `csv/`.
public enum BundleFile: String, CaseIterable, Sendable {
    /// Enterprises created or changed on the device (with `baseRevision`).
    case enterprises = "enterprises.jsonl"
    /// Snapshots of the other enterprises the records refer to, so a bundle is self-contained.
    case referencedEnterprises = "referenced-enterprises.jsonl"
    case visits = "visits.jsonl"
    case answers = "answers.jsonl"
    case recommendations = "recommendations.jsonl"
    case auditEvents = "audit-events.jsonl"
    case tombstones = "tombstones.jsonl"
    /// Evidence files' records (since `attachments-v1`; absent from older bundles). The files
    /// themselves are the entries `attachments/<sha256>` (`attachmentPrefix`).
    case attachments = "attachments.jsonl"
    /// A policy briefing's further attending enterprises (since `visit-types-v1`; absent from
    /// older bundles).
    case participants = "participants.jsonl"
    /// Construction projects (since `projects-v1`; absent from older bundles): those created or
    /// changed in range and every project a visit of the bundle is about.
    case projects = "projects.jsonl"

    public static let manifest = "manifest.json"
    public static let signature = "manifest.sig"
    /// An attachment's file: `attachments/` + the lowercase hex SHA-256 of its bytes.
    public static let attachmentPrefix = "attachments/"

    /// The entry name of the attachment file with this SHA-256.
    public static func attachmentPath(_ sha256: String) -> String { attachmentPrefix + sha256 }

    /// Whether a bundle written before this file existed may lack it (it then reads as empty).
    public var isOptional: Bool { self == .attachments || self == .participants || self == .projects }

    /// The key in `manifest.counts` and the stem of the CSV copy.
    public var stem: String { String(rawValue.dropLast(".jsonl".count)) }
    public var csvPath: String { "csv/" + stem + ".csv" }
    /// The keys of this file's lines.
    public var layout: RecordLayout {
        switch self {
        case .enterprises: .changedEnterprise
        case .referencedEnterprises: .enterprise
        case .visits: .visit
        case .answers: .answer
        case .recommendations: .recommendation
        case .auditEvents: .auditEvent
        case .tombstones: .tombstone
        case .attachments: .attachment
        case .participants: .participant
        case .projects: .project
        }
    }

    /// The schema file in docs/schemas/ that every line of this file satisfies.
    public var schemaFile: String {
        switch self {
        case .enterprises: "enterprise.schema.json"
        case .referencedEnterprises: "referenced-enterprise.schema.json"
        case .visits: "visit.schema.json"
        case .answers: "answer.schema.json"
        case .recommendations: "recommendation.schema.json"
        case .auditEvents: "audit-event.schema.json"
        case .tombstones: "tombstone.schema.json"
        case .attachments: "attachment.schema.json"
        case .participants: "participant.schema.json"
        case .projects: "project.schema.json"
        }
    }
}
