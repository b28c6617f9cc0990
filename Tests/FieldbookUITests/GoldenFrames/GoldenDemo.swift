import Foundation
import FieldbookCore
@testable import FieldbookUI
import TerminalKit

/// The fixed world every golden frame is drawn from: the demo database (`fillDemo`) under the
/// tests' fixed clock (2026-11-29 10:00, Shiyan), built once per language and copied for each
/// frame, so a frame whose keys write (a new visit) never changes another's.
enum GoldenDemo {
    /// The demo database files, one per interface language, folded to one file each.
    static let chinese = build(.zh)
    static let english = build(.en)

    static func file(_ language: Language) -> String { language == .zh ? chinese : english }

    private static func build(_ language: Language) -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("fb-golden-" + UUID().uuidString)
        let path = directory.appendingPathComponent("demo.sqlite").path
        do {
            let db = try AppDatabase.open(path: path, clock: testClock)
            try db.fillDemo(language: language)
            try db.foldWriteAheadLog()
            try db.close()
        } catch {
            fatalError("golden frames: cannot build the demo database: \(error)")
        }
        return path
    }

    /// A private copy of the demo database for one frame.
    static func copy(_ language: Language) throws -> (AppDatabase, URL) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("fb-golden-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("fieldbook.sqlite")
        try FileManager.default.copyItem(atPath: file(language), toPath: path.path)
        return (try AppDatabase.open(path: path.path, clock: testClock), directory)
    }

    /// The records the scenes open, found by the demo's credit codes (docs/demo-data.md).
    struct Records {
        /// 十堰华鼎车桥: a screening and its follow-up visit.
        var twoVisits: Enterprise
        /// The construction labour subcontractor: one wage-arrears visit with overdue recommendations.
        var oneVisit: Enterprise
        var wageVisit: SiteVisit
        var wageRecommendation: Recommendation
        /// Today's half-answered draft screening.
        var todayDraft: SiteVisit
        /// The completed screening 12 days ago (documents can be written).
        var completed: SiteVisit

        init(_ db: AppDatabase) throws {
            func enterprise(_ code: String) throws -> Enterprise {
                guard let found = try db.enterprise(creditCode: code) else { throw UIError.recordMissing }
                return found
            }
            func latestVisit(_ enterprise: Enterprise) throws -> SiteVisit {
                guard let visit = try db.visitHistory(enterpriseId: enterprise.id, limit: 1).rows.first else {
                    throw UIError.recordMissing
                }
                return visit
            }
            twoVisits = try enterprise("91420303714473061B")
            oneVisit = try enterprise("91420381MA48M1E979")
            wageVisit = try latestVisit(oneVisit)
            // The open contracts recommendation: the bureau's prefilled opinion, status keys live.
            guard let recommendation = try db.visit(id: wageVisit.id)?.recommendations
                .first(where: { $0.itemCodes == ["LC-01"] }) else { throw UIError.recordMissing }
            wageRecommendation = recommendation
            todayDraft = try latestVisit(try enterprise("91420303MA48C5RF50"))
            completed = try latestVisit(try enterprise("91420302MA4AE8X01N"))
        }
    }
}
