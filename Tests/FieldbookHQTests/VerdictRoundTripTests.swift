import Foundation
import GRDB
import Testing
@testable import FieldbookCore
import FieldbookBench
@testable import FieldbookBundle
@testable import FieldbookHQ
import SyncTestSupport

/// The figures of a finding travel to headquarters, and laptop and headquarters agree on the
/// enterprise's lasting risk level (docs/risk-scoring.md).
@Suite("Risk verdicts: laptop → bundle → headquarters")
struct VerdictRoundTripTests {
    static let v2 = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("samples/checklists/employment-risk.v2.json")

    @Test("figures arrive at HQ; a later visit without answers leaves the level on both sides")
    func figuresAndLastingLevel() throws {
        let fixture = try SyncFixture()
        defer { fixture.cleanUp() }
        let laptop = try fixture.laptop()
        try laptop.loadTemplate(path: Self.v2.path)
        let registry = try SyncSampleData.addEnterprises(laptop, count: 1)
        var screening = try laptop.startVisit(enterpriseId: registry[0].id, type: .riskScreening,
                                              date: SyncFixture.day.adding(days: -7))
        #expect(screening.templateVersion == 2)
        screening.employees = 40
        screening = try laptop.updateVisit(screening)
        // SI-01 (3) alone: a short check → medium by score; 30 uninsured of 40 (≥ 10, more than
        // half) is a serious social-insurance violation → major.
        try laptop.setAnswer(visitId: screening.id, itemCode: "SI-01", value: .nonCompliant,
                             figures: AnswerFigures(workers: 30))
        #expect(try laptop.completeVisit(id: screening.id).riskLevel == .major)
        let followUp = try laptop.startVisit(enterpriseId: registry[0].id, type: .complaintFollowUp)
        try laptop.completeVisit(id: followUp.id)
        #expect(try laptop.enterprise(id: registry[0].id)?.lastRiskLevel == .major)

        let result = try fixture.export(laptop)
        let (hq, keyring) = try fixture.headquarters(trusting: [laptop])
        try hq.store.loadTemplate(path: Self.v2.path)
        let report = try HQImporter(database: hq, keyring: keyring).importFile(URL(fileURLWithPath: result.path))
        #expect(report.total(\.conflicts) == 0)
        let answer = try hq.reader.read { db in
            try Answer.filter(Answer.Columns.itemCode == "SI-01").fetchOne(db)
        }
        #expect(answer?.figures == AnswerFigures(workers: 30))
        let atHQ = try #require(try hq.store.enterprise(id: registry[0].id))
        #expect(atHQ.lastRiskLevel == .major)
        #expect(atHQ.lastVisitDate == SyncFixture.day)
    }
}
