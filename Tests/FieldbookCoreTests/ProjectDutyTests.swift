import Foundation
import GRDB
import Testing
@testable import FieldbookCore

/// Construction projects and duties judged against the party they bind (issue 15 item 5).
@Suite("Construction projects: duties bound to a party")
struct ProjectDutyTests {
    /// A database with checklist v2 and the parties of one project: owner, general contractor,
    /// a labour subcontractor, and an enterprise on no project.
    struct Site {
        let db: AppDatabase
        let owner: Enterprise, contractor: Enterprise, labour: Enterprise, other: Enterprise
        let project: Project

        init() throws {
            db = try AppDatabase.inMemory(clock: .fixed(Date(timeIntervalSince1970: 1_795_917_600)))
            try db.initialize(inspectorName: "李明", district: "张湾区")
            _ = try db.loadTemplate(data: DemoSamples.checklistJSON)
            let db = db
            func add(_ body: String, _ name: String) throws -> Enterprise {
                try db.createEnterprise(Enterprise(creditCode: CreditCode.completing(body)!, name: name, district: "张湾区"))
            }
            let owner = try add("12420300MB1234567", "十堰市城市建设投资有限公司")
            let contractor = try add("91420303MA48C5RF5", "湖北武当鸿远建设集团有限公司")
            let labour = try add("91420381MA49W0XX1", "丹江口市水都建筑劳务有限公司")
            (self.owner, self.contractor, self.labour) = (owner, contractor, labour)
            other = try add("91420302MA4A0F5T3", "十堰华信劳务派遣有限公司")
            project = try db.createProject(Project(name: "张湾区保障房二期", location: "张湾区花果街道",
                                                   ownerId: owner.id, generalContractorId: contractor.id,
                                                   subcontractorIds: [labour.id]))
        }

        func visit(_ enterprise: Enterprise, project: Project? = nil) throws -> SiteVisit {
            var visit = try db.startVisit(enterpriseId: enterprise.id, type: .riskScreening)
            visit.projectId = project?.id
            return try db.updateVisit(visit)
        }

        func answers(_ visit: SiteVisit) throws -> [String: Answer] {
            try db.reader.read { db in
                Dictionary(uniqueKeysWithValues: try Answer.filter(Answer.Columns.visitId == visit.id).fetchAll(db)
                    .map { ($0.itemCode, $0) })
            }
        }
    }

    @Test("a labour subcontractor's visit leaves the general contractor's and owner's duties not applicable, naming who bears them")
    func subcontractorIsNotFailedForTheAccount() throws {
        let site = try Site()
        let visit = try site.visit(site.labour, project: site.project)
        let answers = try site.answers(visit)
        for code in ["CP-02", "CP-04", "CP-05", "CP-06", "CP-07", "CP-12", "CP-14", "CP-11", "CP-09"] {
            #expect(answers[code]?.value == .notApplicable, "\(code)")
        }
        #expect(answers["CP-02"]?.note == "不适用：本项约束施工总承包单位（湖北武当鸿远建设集团有限公司），本单位在该项目中为分包单位")
        #expect(answers["CP-14"]?.note == "不适用：本项约束建设单位（十堰市城市建设投资有限公司），本单位在该项目中为分包单位")
        // Its own duties stay to be checked.
        for code in ["CP-01", "CP-03", "CP-08", "CP-10", "CP-13"] { #expect(answers[code] == nil, "\(code)") }
        // Failing the wages it owes is scored; the account it does not have to open is not.
        try site.db.setAnswer(visitId: visit.id, itemCode: "CP-03", value: .compliant)
        let (_, assessment) = try site.db.setAnswer(visitId: visit.id, itemCode: "CP-01", value: .compliant)
        #expect(assessment.level == .low)
        #expect(assessment.score == 0)
    }

    @Test("the general contractor bears the account; the owner the labour costs; each visit judged as its party")
    func eachPartyItsOwnDuties() throws {
        let site = try Site()
        let contractor = try site.answers(site.visit(site.contractor, project: site.project))
        #expect(contractor["CP-02"] == nil)  // to be checked
        #expect(contractor["CP-14"]?.value == .notApplicable)
        #expect(contractor["CP-11"]?.value == .notApplicable)
        let owner = try site.answers(site.visit(site.owner, project: site.project))
        #expect(owner["CP-14"] == nil && owner["CP-09"] == nil)
        #expect(owner["CP-02"]?.value == .notApplicable)
        #expect(owner["CP-03"]?.value == .notApplicable)
        // Without a project nothing is decided for the inspector.
        let alone = try site.answers(site.visit(site.contractor))
        #expect(alone.values.allSatisfy { $0.value != .notApplicable })
    }

    @Test("an answer the inspector gave is kept; the rule's own answers follow the project and go when it is taken off")
    func inspectorsAnswersWin() throws {
        let site = try Site()
        var visit = try site.db.startVisit(enterpriseId: site.labour.id, type: .riskScreening)
        try site.db.setAnswer(visitId: visit.id, itemCode: "CP-02", value: .nonCompliant, note: "分包自设账户代发，未经总包")
        visit.projectId = site.project.id
        visit = try site.db.updateVisit(visit)
        var answers = try site.answers(visit)
        #expect(answers["CP-02"]?.value == .nonCompliant)
        #expect(answers["CP-04"]?.value == .notApplicable)
        visit.projectId = nil
        visit = try site.db.updateVisit(visit)
        answers = try site.answers(visit)
        #expect(answers["CP-04"]?.value == .unanswered && answers["CP-04"]?.note == "")
        #expect(answers["CP-02"]?.value == .nonCompliant)
    }

    @Test("a visit about a project must be of one of its parties; parties are registry enterprises, none twice")
    func validation() throws {
        let site = try Site()
        var visit = try site.db.startVisit(enterpriseId: site.other.id, type: .riskScreening)
        visit.projectId = site.project.id
        #expect(throws: ProjectError.notAParty(enterprise: "十堰华信劳务派遣有限公司", project: "张湾区保障房二期")) {
            try site.db.updateVisit(visit)
        }
        #expect(ProjectError.notAParty(enterprise: "A", project: "P").message(in: .en)
                == "A is not the owner, general contractor or a subcontractor of P; add it to the project first")
        #expect(throws: ProjectError.emptyName) { try site.db.createProject(Project(name: "  ")) }
        #expect(throws: ProjectError.unknownEnterprise(id: "NOPE")) {
            try site.db.createProject(Project(name: "X", generalContractorId: "NOPE"))
        }
        #expect(throws: ProjectError.partyTwice(name: site.contractor.name)) {
            try site.db.createProject(Project(name: "X", generalContractorId: site.contractor.id,
                                              subcontractorIds: [site.contractor.id]))
        }
        // Adding the firm to the project makes the visit valid.
        var project = site.project
        project.subcontractorIds.append(site.other.id)
        project = try site.db.updateProject(project)
        #expect(project.revision == 2)
        #expect(try site.db.updateVisit(visit).projectId == site.project.id)
        #expect(try site.db.projects(involving: site.other.id).map(\.id) == [site.project.id])
        // A project a visit is about is not deleted; one without visits leaves a tombstone.
        #expect(throws: ProjectError.hasVisits(project: "张湾区保障房二期", count: 1)) { try site.db.deleteProject(id: project.id) }
        let spare = try site.db.createProject(Project(name: "备用项目"))
        try site.db.deleteProject(id: spare.id)
        let stone = try site.db.reader.read { try Tombstone.fetchOne($0, key: spare.id) }
        #expect(stone?.recordType == "project" && stone?.revision == 2)
    }

    @Test("the 10% dispatch warning and FE-01 bind the user firm, not a dispatch agency; dispatched workers are counted once")
    func dispatchRule() throws {
        let site = try Site()
        var visit = try site.db.startVisit(enterpriseId: site.other.id, type: .riskScreening)
        visit.employees = 2100
        visit.dispatchedWorkers = 1900
        visit = try site.db.updateVisit(visit)
        #expect(visit.workforce.exceedsDispatchLimit)  // as a user firm, 1,900 of 2,100 is far above 10%
        #expect(try site.answers(visit)["FE-01"] == nil)
        visit.dispatchAgency = true
        visit = try site.db.updateVisit(visit)
        #expect(!visit.workforce.exceedsDispatchLimit)
        let answers = try site.answers(visit)
        #expect(answers["FE-01"]?.value == .notApplicable)
        #expect(answers["FE-01"]?.note == "不适用：本项约束用工单位，本单位为劳务派遣单位")
        #expect(answers["FE-02"]?.value == .notApplicable && answers["FE-07"]?.value == .notApplicable)
        #expect(answers["FE-03"] == nil)  // the licence is the agency's to show
        // Employees include the dispatched (one headcount): the share is 10 of 100, not 10 of 110.
        #expect(Workforce(employees: 100, dispatchedWorkers: 10).dispatchedShare == 0.1)
        #expect(!Workforce(employees: 100, dispatchedWorkers: 10).exceedsDispatchLimit)
        #expect(Workforce(employees: 100, dispatchedWorkers: 11).exceedsDispatchLimit)
    }

    @Test("a referral on a finding is stored, audited and cleared")
    func referral() throws {
        let site = try Site()
        let visit = try site.visit(site.labour, project: site.project)
        try site.db.setAnswer(visitId: visit.id, itemCode: "SI-03", value: .nonCompliant)
        let answer = try site.db.setReferral(visitId: visit.id, itemCode: "SI-03", to: .health,
                                             note: "  搅拌站粉尘作业无防护，已告知区卫健局  ")
        #expect(answer.referredTo == .health)
        #expect(answer.referralNote == "搅拌站粉尘作业无防护，已告知区卫健局")
        let events = try site.db.reader.read { db in
            try AuditEvent.filter(sql: "recordId = ? AND field IN ('referredTo', 'referralNote')", arguments: [answer.id]).fetchAll(db)
        }
        #expect(Set(events.map(\.field)) == ["referredTo", "referralNote"])
        #expect(throws: CoreError.self) {
            try site.db.setReferral(visitId: visit.id, itemCode: "SI-03", to: .other, note: String(repeating: "长", count: 501))
        }
        let cleared = try site.db.setReferral(visitId: visit.id, itemCode: "SI-03", to: nil, note: "x")
        #expect(cleared.referredTo == nil && cleared.referralNote == nil)
    }

    @Test("checklist v2 states each construction and dispatch item's parties, the same as the migration gives a stored v2")
    func templateBindings() throws {
        let site = try Site()
        let items = try site.db.reader.read { db in
            try ChecklistItem.filter(sql: "templateId = 'employment-risk' AND templateVersion = 2").fetchAll(db)
        }
        let stated = Dictionary(uniqueKeysWithValues: items.filter { !$0.binds.isEmpty }.map { ($0.code, $0.binds) })
        #expect(stated == Dictionary(uniqueKeysWithValues: DutyBinding.checklistV2.map { ($0.0, $0.1) }))
        #expect(items.filter { $0.sectionCode == "CP" }.allSatisfy { !$0.binds.isEmpty })
        // A bad party is refused by the validator, naming the choices.
        var json = String(decoding: DemoSamples.checklistJSON, as: UTF8.self)
        json = json.replacingOccurrences(of: "\"binds\": [\"owner\"]", with: "\"binds\": [\"landlord\"]")
            .replacingOccurrences(of: "\"version\": 2", with: "\"version\": 99")
        #expect(throws: TemplateError.self) { try site.db.loadTemplate(data: Data(json.utf8)) }
        do {
            _ = try site.db.loadTemplate(data: Data(json.utf8))
        } catch let error as TemplateError {
            #expect(error.message(in: .en).contains("has binds \"landlord\"; it must be one of owner, generalContractor"))
        }
    }

    @Test("a database that stored v2 before the bindings holds the same v2 after projects-v1, so the file loads unchanged")
    func storedV2GetsTheBindings() throws {
        let site = try Site()
        try site.db.writer.write { db in try db.execute(sql: "UPDATE checklistItem SET binds = '[]'") }
        // Without the bindings the file is different content under the same version …
        #expect(throws: TemplateError.self) { try site.db.loadTemplate(data: DemoSamples.checklistJSON) }
        // … and with what projects-v1 writes it is the same again.
        try site.db.writer.write { db in try ProjectSchema.bindChecklistV2(db) }
        let (_, outcome) = try site.db.loadTemplate(data: DemoSamples.checklistJSON)
        #expect(outcome == .unchanged)
    }
}
