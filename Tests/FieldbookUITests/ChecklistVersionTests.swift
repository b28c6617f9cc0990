import Foundation
import Testing
import FieldbookCore
@testable import FieldbookUI
import TerminalKit

/// Checklist version 2 replaced version 1 for new visits (issue 15); a visit keeps the version it
/// was started with, so one made with version 1 still shows version 1's items and figures.
@Suite struct ChecklistVersionTests {
    @Test(arguments: [Language.zh, .en])
    func aVersion1VisitStillShowsItsItemsWhileNewVisitsUseVersion2(language: Language) throws {
        let db = try makeTestDatabase(language: language)
        let samples = VisitFixtures.repositoryRoot.appendingPathComponent("samples/checklists")
        try db.loadTemplate(path: samples.appendingPathComponent("employment-risk.v1.json").path)
        let enterprise = try db.createEnterprise(Enterprise(creditCode: VisitFixtures.xintaiCode, name: "十堰鑫泰汽车零部件有限公司",
                                                            address: "十堰市张湾区工业新区发展大道88号", district: "张湾区"))
        let old = try db.startVisit(enterpriseId: enterprise.id, type: .riskScreening)
        try db.setAnswer(visitId: old.id, itemCode: "LC-02", value: .nonCompliant)   // gone from version 2
        try db.loadTemplate(path: samples.appendingPathComponent("employment-risk.v2.json").path)
        let new = try db.startVisit(enterpriseId: enterprise.id, type: .riskScreening)
        #expect(old.templateVersion == 1 && new.templateVersion == 2)

        let text = catalogue(for: language)
        let (oldPilot, oldSession) = try makeVisitPilot(db: db, routes: [.checklist(visitId: old.id)],
                                                        size: Size(width: 120, height: 40))
        defer { oldSession.remove() }
        #expect(oldPilot.screenText.contains(text.checklistProgress(answered: 1, total: 39)))
        #expect(oldPilot.screenText.contains("✗ LC-02"))

        let (newPilot, newSession) = try makeVisitPilot(db: db, routes: [.checklist(visitId: new.id)],
                                                        size: Size(width: 120, height: 40))
        defer { newSession.remove() }
        #expect(newPilot.screenText.contains(text.checklistProgress(answered: 0, total: 62)))
        #expect(!newPilot.screenText.contains("LC-02"))
        // Version 2's first item names the full law (version 1 wrote "《劳动合同法》第10条").
        #expect(newPilot.screenText.contains(language == .zh ? "《中华人民共和国劳动合同法》第十条" : "PRC Labour Contract Law, art."))
        #expect(oldPilot.screenText.contains(language == .zh ? "《劳动合同法》第10条" : "Labour Contract Law, art. 10"))
    }
}
