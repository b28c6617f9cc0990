import Foundation
import TestSupport
import FieldbookCore
@testable import FieldbookUI
import TerminalKit

/// Given-steps for the visit screens: the sample registry and checklist, a session file that
/// opens the app on a route (as after a restart), and quick access to what the database holds.
enum VisitFixtures {
    static var repositoryRoot: URL { Repository.root }

    /// 十堰鑫泰汽车零部件有限公司 (samples/enterprises.csv, first row).
    static let xintaiCode = "91420303MA48K2T787"

    /// An inspector's database with samples/enterprises.csv and the sample checklist loaded.
    static func database(language: Language = .zh) throws -> AppDatabase {
        let db = try makeTestDatabase(language: language)
        try db.loadTemplate(path: repositoryRoot.appendingPathComponent("samples/checklists/employment-risk.v2.json").path)
        let file = repositoryRoot.appendingPathComponent("samples/enterprises.csv")
        let csv = try EnterpriseCSV.read(try Data(contentsOf: file), file: file.path)
        _ = try db.importEnterprises(csv, file: file.path, skipInvalid: false)
        return db
    }

    static func xintai(_ db: AppDatabase) throws -> Enterprise {
        guard let enterprise = try db.enterprise(creditCode: xintaiCode) else { throw UIError.recordMissing }
        return enterprise
    }

    /// A draft visit at 鑫泰 (started through core, as the enterprise screens do).
    static func draft(_ db: AppDatabase) throws -> SiteVisit {
        try db.startVisit(enterpriseId: try xintai(db).id, type: .riskScreening)
    }

    static func visit(_ db: AppDatabase, id: String) throws -> SiteVisit {
        guard let detail = try db.visit(id: id) else { throw UIError.recordMissing }
        return detail.visit
    }
}

/// A session file in a temporary directory: the app opens on its saved routes, as after a restart.
struct TemporarySession {
    let directory: URL
    let store: SessionStore

    init(routes: [Route]) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("fieldbook-ui-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        store = SessionStore(databasePath: directory.appendingPathComponent("fieldbook.sqlite").path)
        store.save(routes)
    }

    func remove() { try? FileManager.default.removeItem(at: directory) }
}

/// The app opened on `routes` (dashboard first) at `size`.
func makeVisitPilot(db: AppDatabase, routes: [Route], size: Size = Size(width: 80, height: 24))
throws -> (Pilot<FieldbookApp>, TemporarySession) {
    let session = try TemporarySession(routes: [.dashboard] + routes)
    return (makePilot(db: db, size: size, session: session.store), session)
}
