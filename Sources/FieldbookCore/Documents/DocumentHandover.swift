import GRDB

/// Visit writes for handing documents over: the number (with issuer and report line) is fixed at
/// the first print and never changes or repeats; each print of the Chinese PDF records its SHA-256.
/// Both are changes of the visit (revision, audit event, exported) allowed on a completed visit,
/// like a recommendation's status: they record what happened after completion, not an edit.
public enum DocumentHandover {
    /// The visit with its document number, assigning the next one of this device if it has none.
    public static func assignNumber(visitId: String, _ db: Database, _ change: ChangeContext) throws -> SiteVisit {
        let old = try completedVisit(visitId, db)
        guard old.documentNumber == nil else { return old }
        var settings = try settings(db)
        settings.lastSequence += 1
        try settings.save(db)
        var visit = old
        visit.documentNumber = settings.number(year: old.date.year, sequence: settings.lastSequence)
        visit.documentIssuer = settings.issuerZh
        visit.documentReportLine = settings.reportLineZh
        change.stampChanged(&visit, from: old)
        try visit.update(db)
        try AuditLog.recordChanges(old: old, new: visit, db, change)
        return visit
    }

    /// Records the SHA-256 (lowercase hex) of the Chinese PDF of `kind` as handed over.
    public static func recordHash(_ sha256: String, of kind: DocumentKind, visitId: String,
                                  _ db: Database, _ change: ChangeContext) throws -> SiteVisit {
        let old = try completedVisit(visitId, db)
        var visit = old
        switch kind {
        case .notice: visit.noticeSHA256 = sha256
        case .record: visit.recordSHA256 = sha256
        }
        guard visit != old else { return old }
        change.stampChanged(&visit, from: old)
        try visit.update(db)
        try AuditLog.recordChanges(old: old, new: visit, db, change)
        return visit
    }

    /// This database's settings (the standard ones until configured).
    public static func settings(_ db: Database) throws -> DocumentSettings {
        try DocumentSettings.fetchOne(db) ?? DocumentSettings.standard
    }

    /// Saves the configurable part of the settings; the sequence stays where it is.
    public static func save(_ settings: DocumentSettings, _ db: Database) throws {
        var saved = settings
        saved.lastSequence = try DocumentSettings.fetchOne(db)?.lastSequence ?? 0
        try saved.save(db)
    }

    private static func completedVisit(_ id: String, _ db: Database) throws -> SiteVisit {
        guard let visit = try SiteVisit.fetchOne(db, key: id) else { throw CoreError.notFound(FieldName.visit, id: id) }
        guard !visit.isVoided else { throw CoreError.documentsOfVoidedVisit }
        guard visit.status == .completed else { throw CoreError.documentsNeedCompletedVisit }
        return visit
    }
}

extension AppDatabase {
    public func documentSettings() throws -> DocumentSettings {
        try reader.read { try DocumentHandover.settings($0) }
    }

    public func saveDocumentSettings(_ settings: DocumentSettings) throws {
        try writer.write { try DocumentHandover.save(settings, $0) }
    }

    /// The completed visit with its document number (assigned now if it had none).
    public func assignDocumentNumber(visitId: String) throws -> SiteVisit {
        try write { db, change in try DocumentHandover.assignNumber(visitId: visitId, db, change) }
    }

    public func recordDocumentHash(_ sha256: String, of kind: DocumentKind, visitId: String) throws -> SiteVisit {
        try write { db, change in try DocumentHandover.recordHash(sha256, of: kind, visitId: visitId, db, change) }
    }
}

extension SiteVisit {
    /// Carries the document fields over an edit: only `DocumentHandover` writes them.
    mutating func keepDocuments(of old: SiteVisit) {
        documentNumber = old.documentNumber
        documentIssuer = old.documentIssuer
        documentReportLine = old.documentReportLine
        noticeSHA256 = old.noticeSHA256
        recordSHA256 = old.recordSHA256
    }
}

extension AppDatabase {
    /// Ids of visits starting with `prefix` (uppercase), for naming a visit by the start of its id.
    public func visitIds(prefix: String, limit: Int) throws -> [String] {
        try reader.read { db in
            try String.fetchAll(db, sql: "SELECT id FROM siteVisit WHERE id >= ? AND id < ? ORDER BY id LIMIT ?",
                                arguments: [prefix, prefix + "\u{FFFF}", limit])
        }
    }
}
