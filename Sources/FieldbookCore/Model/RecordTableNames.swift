/// Every record type names its table. GRDB would derive the same names from the type names, but
/// it does so with two `NSRegularExpression` replacements per type, and the first one in a process
/// builds ICU's regular-expression engine: ≈ 5 % of the interface's start-up and of a one-shot
/// `fieldbook list` (docs/performance.md). `RecordTableNamesTests` checks each name is a table of a
/// migrated database, so a misspelling cannot pass.
extension Answer { public static let databaseTableName = "answer" }
extension Attachment { public static let databaseTableName = "attachment" }
extension AuditEvent { public static let databaseTableName = "auditEvent" }
extension ChecklistItem { public static let databaseTableName = "checklistItem" }
extension ChecklistSection { public static let databaseTableName = "checklistSection" }
extension ChecklistTemplate { public static let databaseTableName = "checklistTemplate" }
extension DeviceIdentity { public static let databaseTableName = "deviceIdentity" }
extension Enterprise { public static let databaseTableName = "enterprise" }
extension ExportCursor { public static let databaseTableName = "exportCursor" }
extension Inspector { public static let databaseTableName = "inspector" }
extension Recommendation { public static let databaseTableName = "recommendation" }
extension SiteVisit { public static let databaseTableName = "siteVisit" }
extension Tombstone { public static let databaseTableName = "tombstone" }
extension VisitParticipant { public static let databaseTableName = "visitParticipant" }
