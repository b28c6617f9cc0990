import Foundation
import Testing
@testable import FieldbookCore
@testable import FieldbookUI
import TerminalKit

/// Choosing the construction project a visit is about, and the dispatch role, from the visit
/// form (Alt-p), headless at three sizes in both languages (issue 15 item 5).
@Suite struct VisitProjectScreenTests {
    static let sizes = [Size(width: 60, height: 16), Size(width: 80, height: 24), Size(width: 120, height: 40)]

    /// A database on checklist v2 with a project whose labour subcontractor has a draft visit.
    func site(_ language: Language) throws -> (AppDatabase, SiteVisit, Project) {
        let db = try makeTestDatabase(language: language)
        _ = try db.loadTemplate(data: DemoSamples.checklistJSON)
        func add(_ body: String, _ name: String) throws -> Enterprise {
            try db.createEnterprise(Enterprise(creditCode: CreditCode.completing(body)!, name: name, district: "张湾区"))
        }
        let contractor = try add("91420303MA48C5RF5", "湖北武当鸿远建设集团有限公司")
        let labour = try add("91420381MA49W0XX1", "丹江口市水都建筑劳务有限公司")
        let project = try db.createProject(Project(name: "张湾区保障房二期", location: "花果街道",
                                                   generalContractorId: contractor.id, subcontractorIds: [labour.id]))
        let visit = try db.startVisit(enterpriseId: labour.id, type: .riskScreening)
        return (db, visit, project)
    }

    @Test(arguments: sizes, [Language.zh, .en])
    func theProjectIsPickedInTheVisitForm(size: Size, language: Language) throws {
        let (db, visit, project) = try site(language)
        let (opened, session) = try makeVisitPilot(db: db, routes: [.visit(id: visit.id)], size: size)
        defer { session.remove() }
        var form = opened
        form.press(.alt("p"))
        #expect(form.program.routes.last == .visitProject(visitId: visit.id))
        #expect(form.contentText.contains(language == .zh ? "（不涉及建设项目）" : "(no construction project)"))
        #expect(form.contentText.contains("张湾区保障房二期"))
        form.press(.down, .enter)
        #expect(form.program.routes.last == .visit(id: visit.id))
        let saved = try #require(try db.visit(id: visit.id))
        #expect(saved.visit.projectId == project.id)
        #expect(saved.answers["CP-02"]?.value == .notApplicable)  // the general contractor's account
        #expect(saved.answers["CP-03"] == nil)                     // its own wages: still to check
        if size.width >= 80 {
            #expect(form.contentText.contains(language == .zh ? "项目：张湾区保障房二期（分包单位）"
                                                              : "Project: 张湾区保障房二期 (subcontractor)"))
        }
    }

    @Test(arguments: [Language.zh, .en])
    func theDispatchRoleAndGoingBack(language: Language) throws {
        let (db, visit, _) = try site(language)
        let (opened, session) = try makeVisitPilot(db: db, routes: [.visit(id: visit.id)])
        defer { session.remove() }
        var form = opened
        form.press(.alt("p"), .alt("a"))
        #expect(form.contentText.contains(language == .zh ? "劳务派遣中本单位为：劳务派遣单位"
                                                          : "In dispatch this enterprise is the: dispatch agency"))
        #expect(try db.visit(id: visit.id)?.visit.dispatchAgency == true)
        #expect(try db.visit(id: visit.id)?.answers["FE-01"]?.value == .notApplicable)
        form.press(.escape)  // back, nothing else chosen
        #expect(form.program.routes.last == .visit(id: visit.id))
        #expect(try db.visit(id: visit.id)?.visit.projectId == nil)
    }
}
