import GRDB

/// `documents-v1`: what the paperwork handed to an enterprise needs (docs/documents.md).
/// - `documentSetting` (one row, local to this database, never exported): the issuing bureau,
///   the document-number prefix, the rectification-report line, and this device's last
///   document sequence number.
/// - On `siteVisit`: the number, issuer and report line the visit's documents were issued
///   under (fixed at the first print, so HQ regenerates exactly what was handed over) and the
///   SHA-256 of the Chinese PDF of each document as last handed over.
enum DocumentSchema {
    static func create(_ db: Database) throws {
        try db.create(table: "documentSetting") { t in
            t.primaryKey("id", .integer).check { $0 == 1 }
            t.column("issuerZh", .text).notNull()
            t.column("issuerEn", .text).notNull()
            t.column("numberPrefix", .text).notNull()
            t.column("reportLineZh", .text).notNull()
            t.column("reportLineEn", .text).notNull()
            t.column("lastSequence", .integer).notNull().defaults(to: 0)
        }
        try db.alter(table: "siteVisit") { t in
            t.add(column: "documentNumber", .text)
            t.add(column: "documentIssuer", .text)
            t.add(column: "documentReportLine", .text)
            t.add(column: "noticeSHA256", .text)
            t.add(column: "recordSHA256", .text)
        }
    }
}
