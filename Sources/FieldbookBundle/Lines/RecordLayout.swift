import FieldbookCore

/// The keys of each kind of bundle line, sorted by name (the order every line is written in), and
/// the table they come from. One list serves the writer, the parser and the CSV copies, so they
/// cannot disagree; the JSON Schemas in docs/schemas/ describe the same keys.
public enum RecordLayout: Sendable, CaseIterable {
    /// `enterprises.jsonl`: an enterprise plus `baseRevision` (not a table column).
    case changedEnterprise
    /// `referenced-enterprises.jsonl`.
    case enterprise
    case visit
    case answer
    case recommendation
    case auditEvent
    case tombstone
    case attachment
    case participant
    case project

    public var table: String { shape.table }
    public var fields: [LineField] { shape.fields }

    /// The position of `name` in `fields`.
    public func index(of name: String) -> Int? { shape.index[name] }

    var shape: Shape {
        switch self {
        case .changedEnterprise: Self.changedEnterpriseShape
        case .enterprise: Self.enterpriseShape
        case .visit: Self.visitShape
        case .answer: Self.answerShape
        case .recommendation: Self.recommendationShape
        case .auditEvent: Self.auditEventShape
        case .tombstone: Self.tombstoneShape
        case .attachment: Self.attachmentShape
        case .participant: Self.participantShape
        case .project: Self.projectShape
        }
    }

    struct Shape: Sendable {
        let table: String
        let fields: [LineField]
        let index: [String: Int]

        init(_ table: String, _ fields: [LineField]) {
            self.table = table
            self.fields = fields.sorted { $0.name < $1.name }
            index = Dictionary(uniqueKeysWithValues: self.fields.enumerated().map { ($1.name, $0) })
        }
    }

    /// Every synced record ends with these.
    private static let sync = [LineField("revision", .integer), LineField("updatedAt", .timestamp),
                               LineField("changeSeq", .integer)]

    private static func choice<E: CaseIterable & RawRepresentable>(_ type: E.Type) -> LineField.Kind
    where E.RawValue == String {
        .choice(E.allCases.map(\.rawValue))
    }

    private static let enterpriseFields = [
        LineField("id", .text), LineField("creditCode", .text), LineField("name", .text), LineField("address", .text),
        LineField("district", .text), LineField("industry", .text), LineField("ownershipType", .text),
        LineField("employeeCount", .integer, optional: true), LineField("contactPerson", .text), LineField("phone", .text),
        LineField("integrityRating", choice(IntegrityRating.self)), LineField("redList", .boolean),
        LineField("harmoniousTitle", choice(HarmoniousTitle.self)), LineField("source", choice(EnterpriseSource.self)),
        LineField("lastVisitDate", .date, optional: true), LineField("lastRiskLevel", choice(RiskLevel.self), optional: true),
        LineField("openRecommendationCount", .integer),
        // Since out-of-town-v1; absent in bundles and packs written before: a Shiyan enterprise.
        LineField("outOfTown", .boolean, absentValue: false),
    ] + sync

    private static let enterpriseShape = Shape("enterprise", enterpriseFields)
    private static let changedEnterpriseShape = Shape("enterprise",
                                                      enterpriseFields + [LineField("baseRevision", .integer, optional: true)])

    /// A voided visit or recommendation (voids-v1): absent in bundles from before, and on
    /// records that are not voided.
    private static let voidFields = [LineField("voidedAt", .timestamp, optional: true),
                                     LineField("voidReason", .text, optional: true),
                                     LineField("voidedBy", .text, optional: true)]

    private static let visitShape = Shape("siteVisit", [
        LineField("id", .text), LineField("enterpriseId", .text), LineField("date", .date),
        LineField("startTime", .time, optional: true), LineField("endTime", .time, optional: true),
        LineField("type", choice(VisitType.self)), LineField("inspectors", .textList), LineField("personsMet", .text),
        LineField("employees", .integer, optional: true), LineField("writtenContracts", .integer, optional: true),
        LineField("socialInsuranceEnrolled", .integer, optional: true),
        LineField("dispatchedWorkers", .integer, optional: true), LineField("migrantWorkers", .integer, optional: true),
        LineField("attendees", .integer, optional: true), LineField("notes", .text), LineField("status", choice(VisitStatus.self)),
        LineField("completedAt", .timestamp, optional: true), LineField("reopenReason", .text, optional: true),
        LineField("templateId", .text), LineField("templateVersion", .integer), LineField("score", .number, optional: true),
        LineField("riskLevel", choice(RiskLevel.self)), LineField("createdBy", .text, optional: true),
        // The documents handed over (docs/documents.md): absent in bundles from before documents-v1.
        LineField("documentNumber", .text, optional: true), LineField("documentIssuer", .text, optional: true),
        LineField("documentReportLine", .text, optional: true), LineField("noticeSHA256", .text, optional: true),
        LineField("recordSHA256", .text, optional: true),
    ] + voidFields + typeFields + sync)

    /// What each visit type records (visit-types-v1): absent in bundles from before, and when empty.
    private static let typeFields = [
        LineField("place", .text, optional: true),
        LineField("summonedPerson", .text, optional: true), LineField("summonedRole", .text, optional: true),
        LineField("summonsReason", .text, optional: true), LineField("talkRecord", .text, optional: true),
        LineField("commitments", .text, optional: true), LineField("commitmentDate", .date, optional: true),
        LineField("attendeeNames", .text, optional: true), LineField("materials", .text, optional: true),
        LineField("materialsCount", .integer, optional: true), LineField("questionsAnswered", .integer, optional: true),
        LineField("legalSessions", .integer, optional: true),
        // Since projects-v1: the project the visit is about, the visited firm a dispatch agency.
        LineField("projectId", .text, optional: true), LineField("dispatchAgency", .boolean, optional: true),
    ]

    /// A briefing's further attending enterprises (visit-types-v1, `participants.jsonl`).
    private static let participantShape = Shape("visitParticipant", [
        LineField("id", .text), LineField("visitId", .text), LineField("enterpriseId", .text),
        LineField("attendees", .integer, optional: true),
    ] + sync)

    private static let answerShape = Shape("answer", [
        LineField("id", .text), LineField("visitId", .text), LineField("itemCode", .text),
        LineField("value", choice(AnswerValue.self)), LineField("note", .text),
        // Since schema v3; optional, so bundles written before still import.
        LineField("workers", .integer, optional: true), LineField("amountYuan", .integer, optional: true),
        LineField("months", .integer, optional: true),
        // Since projects-v1: a hazard outside labour relations referred to its authority.
        LineField("referredTo", choice(ReferralAuthority.self), optional: true),
        LineField("referralNote", .text, optional: true),
    ] + sync)

    private static let recommendationShape = Shape("recommendation", [
        LineField("id", .text), LineField("visitId", .text), LineField("enterpriseId", .text),
        LineField("itemCodes", .textList), LineField("text", .text), LineField("priority", choice(RecommendationPriority.self)),
        LineField("deadline", .date, optional: true),
        LineField("status", choice(RecommendationStatus.self),
                  legacyValues: RecommendationStatus.legacyValues.mapValues(\.rawValue)),
        LineField("createdOn", .date), LineField("rectifiedOn", .date, optional: true),
        LineField("verifiedOn", .date, optional: true), LineField("followUpVisitId", .text, optional: true),
        // The status workflow (recommendation-workflow-v1); absent in bundles written before.
        LineField("evidenceNote", .text, optional: true), LineField("recheckFailedOn", .date, optional: true),
        LineField("referredTo", .text, optional: true), LineField("referredOn", .date, optional: true),
    ] + voidFields + sync)

    private static let auditEventShape = Shape("auditEvent", [
        LineField("id", .text), LineField("recordType", .text), LineField("recordId", .text), LineField("field", .text),
        LineField("oldValue", .text, optional: true), LineField("newValue", .text, optional: true),
        LineField("at", .timestamp), LineField("inspectorId", .text, optional: true), LineField("inspectorName", .text),
    ] + sync)

    /// Since `attachments-v1` (docs/attachments.md).
    private static let attachmentShape = Shape("attachment", [
        LineField("id", .text), LineField("visitId", .text), LineField("itemCode", .text, optional: true),
        LineField("recommendationId", .text, optional: true), LineField("sha256", .text),
        LineField("originalName", .text), LineField("size", .integer), LineField("mediaType", choice(AttachmentMediaType.self)),
        LineField("caption", .text), LineField("capturedAt", .text, optional: true), LineField("attachedAt", .timestamp),
        LineField("attachedBy", .text, optional: true), LineField("attachedByName", .text),
        LineField("detachedAt", .timestamp, optional: true), LineField("detachReason", .text, optional: true),
    ] + sync)

    /// Since `projects-v1` (docs/domain-model.md, "Construction projects").
    /// `reference` (no column: the export writes it) is true on a project the bundle carries only
    /// because a visit of it is about it, not changed on this device in range: headquarters files
    /// it only when it holds no version of it (a snapshot, like a referenced enterprise), since it
    /// may be a version another device wrote (a reference pack's) and is no edit of this one.
    private static let projectShape = Shape("project", [
        LineField("id", .text), LineField("name", .text), LineField("location", .text),
        LineField("ownerId", .text, optional: true), LineField("generalContractorId", .text, optional: true),
        LineField("subcontractorIds", .textList), LineField("reference", .boolean, optional: true),
        // As on a changed enterprise: the revision last received from headquarters (a reference
        // pack), absent on a project made here and never received.
        LineField("baseRevision", .integer, optional: true),
    ] + sync)

    /// The project fields no table has a column for, with the SQL value a changed project line
    /// gives them (`ExportReadSession.forEachLine`).
    static let computedProjectFields: [String: String] = [
        "reference": "NULL",
        "baseRevision": "(SELECT revision FROM syncBaseline WHERE syncBaseline.recordId = project.id)",
    ]

    private static let tombstoneShape = Shape("tombstone", [
        LineField("id", .text), LineField("recordType", .text), LineField("deletedAt", .timestamp),
        LineField("inspectorId", .text, optional: true),
    ] + sync)
}
