import Foundation
import Testing
import FieldbookCore
@testable import FieldbookUI
import TerminalKit

/// From the review of a completed visit: preview the notice's first page as text, switch to the
/// record, write the PDF and say where it went.
@Suite struct ReviewDocumentsTests {
    static func completedVisit(_ db: AppDatabase) throws -> SiteVisit {
        let visit = try VisitFixtures.draft(db)
        try db.setAnswer(visitId: visit.id, itemCode: "LC-01", value: .nonCompliant, note: "3名职工未签订书面劳动合同")
        try db.addRecommendation(visitId: visit.id, itemCodes: ["LC-01"], text: "补签书面劳动合同", priority: .high,
                                 deadline: LocalDate(year: 2026, month: 12, day: 15))
        return try db.completeVisit(id: visit.id)
    }

    @Test func previewThenWriteTheNotice() throws {
        let db = try VisitFixtures.database()
        let visit = try Self.completedVisit(db)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fieldbook-docs-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let session = try TemporarySession(routes: [.dashboard, .review(visitId: visit.id)])
        defer { session.remove() }
        let size = Size(width: 100, height: 30)
        let env = AppEnvironment(db: db, clock: testClock, documentDirectory: folder)
        var pilot = Pilot(FieldbookApp(env: env, session: session.store, size: size), size: size,
                          minimumSize: FieldbookApp.minimumSize)
        #expect(pilot.screenText.contains("d 文书"))

        pilot.press(.character("d"))
        #expect(pilot.screenText.contains("整改建议书 · 预览第 1 页（共 1 页）"))
        #expect(pilot.screenText.contains("十堰市人力资源和社会保障局"))
        #expect(pilot.screenText.contains("（未编号）"))
        #expect(pilot.screenText.contains("十堰鑫泰汽车零部件有限公司"))
        #expect(try VisitFixtures.visit(db, id: visit.id).documentNumber == nil) // previewing numbers nothing

        pilot.press(.tab)
        #expect(pilot.screenText.contains("现场检查记录 · 预览第 1 页"))
        pilot.press(.tab)
        #expect(pilot.screenText.contains("整改建议书 · 预览"))

        pilot.press(.enter)
        let stored = try VisitFixtures.visit(db, id: visit.id)
        let number = try #require(stored.documentNumber)
        let path = folder + "/整改建议书-\(number).pdf"
        #expect(pilot.screenText.contains("整改建议书已写入"))
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(try FileManager.default.attributesOfItem(atPath: folder)[.posixPermissions] as? Int == 0o700)
        #expect(stored.noticeSHA256?.count == 64)
        // The preview now shows the number the file carries.
        #expect(pilot.screenText.contains(number))

        pilot.press(.escape)
        #expect(!pilot.screenText.contains("预览第 1 页"))
        #expect(pilot.program.routes.last == .review(visitId: visit.id))
    }

    @Test func aDraftHasNoDocumentsKey() throws {
        let db = try VisitFixtures.database(language: .en)
        let visit = try VisitFixtures.draft(db)
        var (pilot, session) = try makeVisitPilot(db: db, routes: [.review(visitId: visit.id)])
        defer { session.remove() }
        #expect(!pilot.screenText.contains("d documents"))
        pilot.press(.character("d"))
        #expect(!pilot.screenText.contains("page 1 preview"))
    }
}
