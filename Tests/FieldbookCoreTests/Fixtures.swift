import Foundation
import TestSupport
import GRDB
@testable import FieldbookCore

/// Shared Given-steps: an in-memory database at a fixed "now" (2024-05-20 10:00 in Shiyan),
/// set up for an inspector, with the sample checklist loaded.
enum Fixtures {
    /// 2024-05-20T02:00:00Z = 10:00 Asia/Shanghai.
    static let now = Date(timeIntervalSince1970: 1_716_170_400)
    static let today = LocalDate("2024-05-20")!

    static var repositoryRoot: URL { Repository.root }

    static var sampleTemplateData: Data {
        get throws { try Data(contentsOf: repositoryRoot.appendingPathComponent("samples/checklists/employment-risk.v1.json")) }
    }

    static func database(initialized: Bool = true, template: Bool = true) throws -> AppDatabase {
        let db = try AppDatabase.inMemory(clock: .fixed(now))
        if initialized { try db.initialize(inspectorName: "王芳", district: "茅箭区") }
        if template { try db.loadTemplate(data: try sampleTemplateData) }
        return db
    }

    /// A valid code made from a serial number, for Shiyan (420300).
    static func creditCode(_ serial: Int) -> String {
        let body = "91420300" + String(format: "%08d", serial) + "1"
        return CreditCode.completing(body)!
    }

    @discardableResult
    static func enterprise(_ db: AppDatabase, name: String = "十堰东风汽车零部件有限公司", serial: Int = 1,
                           address: String = "十堰市张湾区车城路88号", district: String = "张湾区") throws -> Enterprise {
        try db.createEnterprise(Enterprise(creditCode: creditCode(serial), name: name, address: address, district: district))
    }

    static func auditEvents(_ db: AppDatabase, recordId: String) throws -> [AuditEvent] {
        try db.reader.read { db in
            try AuditEvent.filter(AuditEvent.Columns.recordId == recordId).order(AuditEvent.Columns.field).fetchAll(db)
        }
    }
}
