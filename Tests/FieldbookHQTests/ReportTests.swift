import Foundation
import Testing
@testable import FieldbookCore
@testable import FieldbookBundle
@testable import FieldbookHQ
import SyncTestSupport

@Suite("HQ report")
struct ReportTests {
    @Test("figures match what was merged, in text, CSV and one self-contained HTML page")
    func figures() throws {
        let fixture = try SyncFixture()
        defer { fixture.cleanUp() }
        let a = try fixture.laptop("a", inspector: "李明"), b = try fixture.laptop("b", inspector: "王芳")
        try fixture.fieldDay(a, visits: 4, seed: 1)
        try fixture.fieldDay(b, visits: 3, seed: 2)
        let (hq, keyring) = try fixture.headquarters(trusting: [a, b])
        let importer = HQImporter(database: hq, keyring: keyring)
        for laptop in [a, b] { _ = try importer.importFile(URL(fileURLWithPath: try fixture.export(laptop).path)) }

        let data = try hq.hqReport(from: SyncFixture.day, to: SyncFixture.day)
        #expect(data.totals.visits == 7)
        #expect(data.visitsByType.map(\.1).reduce(0, +) == 7)
        #expect(data.totals.recommendationsMade == (try count(hq, "recommendation")))
        #expect(data.byInspector.map(\.name).sorted() == ["李明", "王芳"])
        #expect(data.byInspector.map(\.visits).reduce(0, +) == 7)
        let enterprises = try hq.reader.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT enterpriseId) FROM siteVisit")! }
        #expect(data.riskDistribution.map(\.1).reduce(0, +) == enterprises)
        #expect(data.earlyWarning.allSatisfy { $0.riskLevel >= .high })
        #expect(try hq.hqReport(from: LocalDate("2024-06-01"), to: nil).totals.visits == 0)

        let text = ReportRenderer.render(data, format: .text, language: .zh)
        #expect(text.contains("走访次数") && text.contains("李明"))
        let csv = ReportRenderer.render(data, format: .csv, language: .en)
        #expect(csv.hasPrefix("\u{FEFF}Labour-relations inspection report"))
        let html = ReportRenderer.render(data, format: .html, language: .zh)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("<svg") && html.contains("风险预警名单"))
        #expect(!html.contains("<script") && !html.contains("src=") && !html.contains("href="))
    }
}
