import Foundation
import TestSupport
import FieldbookCore
@testable import FieldbookUI
import TerminalKit

/// Given-steps for the recommendation, follow-up and export screens: the sample checklist, two
/// enterprises from samples/enterprises.csv and a draft visit with non-compliant items.
enum FollowUpFixtures {
    static var repositoryRoot: URL { Repository.root }

    struct World {
        let db: AppDatabase
        let visit: SiteVisit
        let enterprise: Enterprise
        let other: Enterprise
    }

    /// A database (fixed clock: 2026-11-29) with the checklist, two enterprises and a draft visit
    /// dated today whose LC-01 and WG-01 are non-compliant.
    static func world(language: Language = .zh) throws -> World {
        let db = try makeTestDatabase(language: language)
        try db.loadTemplate(path: repositoryRoot.appendingPathComponent("samples/checklists/employment-risk.v2.json").path)
        let enterprise = try db.createEnterprise(Enterprise(creditCode: "91420303MA48K2T787", name: "十堰鑫泰汽车零部件有限公司",
                                                            address: "十堰市张湾区工业新区发展大道88号", district: "张湾区"))
        let other = try db.createEnterprise(Enterprise(creditCode: "91420303714473061B", name: "十堰华鼎车桥制造股份有限公司",
                                                       address: "十堰市张湾区车城西路126号", district: "张湾区"))
        let visit = try db.startVisit(enterpriseId: enterprise.id, type: .riskScreening)
        try db.setAnswer(visitId: visit.id, itemCode: "LC-01", value: .nonCompliant)
        try db.setAnswer(visitId: visit.id, itemCode: "WG-01", value: .nonCompliant)
        return World(db: db, visit: visit, enterprise: enterprise, other: other)
    }

    /// The world's visit moved to an earlier day, so its recommendations can be overdue (a
    /// deadline is never before its visit's date).
    static func backdated(_ world: World, to date: LocalDate = LocalDate("2026-11-15")!) throws -> World {
        var visit = world.visit
        visit.date = date
        return World(db: world.db, visit: try world.db.updateVisit(visit), enterprise: world.enterprise, other: world.other)
    }

    /// A pilot opened on `routes` (bottom first), as a restart after a saved session would.
    static func pilot(_ db: AppDatabase, routes: [Route], size: Size = Size(width: 80, height: 24),
                      exportDirectory: String? = nil) -> Pilot<FieldbookApp> {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("fb-ui-" + UUID().uuidString)
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let session = SessionStore(databasePath: directory.appendingPathComponent("fb.sqlite").path)
        session.save(routes)
        let env = AppEnvironment(db: db, clock: testClock, exportDirectory: exportDirectory)
        return Pilot(FieldbookApp(env: env, session: session, size: size), size: size, minimumSize: FieldbookApp.minimumSize)
    }

    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]
}

extension Pilot {
    /// The screen's words with line breaks and indentation folded to single spaces, for messages
    /// that wrap.
    var flatText: String {
        lines.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " ")
    }
}
