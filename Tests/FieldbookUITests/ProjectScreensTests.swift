import Foundation
import Testing
import FieldbookCore
@testable import FieldbookUI
import TerminalKit

/// Construction projects created, edited and deleted on screen (issue 15 item 5): the register
/// from the dashboard (`p`), the form with its parties picked from the registry, deleting under
/// the store's rules, "new project" from a visit's chooser, and drafts — at three sizes in both
/// languages.
@Suite struct ProjectScreensTests {
    static let sizes = [Size(width: 60, height: 16), Size(width: 80, height: 24), Size(width: 120, height: 40)]

    static func enterprise(_ db: AppDatabase, _ code: String) throws -> Enterprise {
        try #require(try db.enterprise(creditCode: code))
    }
    static let huading = "91420303714473061B"   // 十堰华鼎车桥制造股份有限公司
    static let hengli = "91420303685612439G"    // 十堰恒力精密铸造有限公司
    static let wantong = "91420303557008122P"   // 十堰万通变速箱有限公司

    /// The form's keys from the name: Tab to the owner, the general contractor, the subcontractors.
    @Test(arguments: sizes, [Language.zh, .en])
    func aProjectIsCreatedEditedAndDeleted(size: Size, language: Language) throws {
        let db = try VisitFixtures.database(language: language)
        let zh = language == .zh
        var pilot = makePilot(db: db, size: size)
        pilot.press(.character("p"))
        #expect(pilot.program.routes.last == .projects)
        #expect(pilot.screenText.contains(zh ? "尚无建设项目" : "No construction projects yet"))
        #expect(pilot.lines.last?.contains(zh ? "n 新建项目" : "n new project") == true)
        #expect(pilot.lines.last?.contains(zh ? "Esc 返回" : "Esc back") == true)

        pilot.press(.character("n"))
        #expect(pilot.program.routes.last == .projectForm(id: nil, visitId: nil))
        pilot.type("张湾区保障房二期")
        pilot.press(.tab)
        pilot.type("花果街道")
        pilot.press(.tab)
        pilot.type("华鼎")
        #expect(pilot.screenText.contains("十堰华鼎"))
        pilot.press(.enter)
        pilot.press(.tab)
        pilot.type("鑫泰")
        pilot.press(.enter, .tab)
        pilot.type("恒力")
        pilot.press(.enter)
        #expect(pilot.lines.last?.contains(zh ? "已添加分包单位：十堰恒力精密铸造有限公司" : "Subcontractor added: 十堰恒力精密铸造有限公司") == true)
        pilot.type("万通")
        pilot.press(.enter)
        #expect(try db.projects().isEmpty)  // nothing stored before saving
        pilot.press(.ctrl("s"))
        #expect(pilot.program.routes.last == .projects)
        let project = try #require(try db.projects().first)
        #expect(project.name == "张湾区保障房二期")
        #expect(project.location == "花果街道")
        #expect(project.ownerId == (try Self.enterprise(db, Self.huading)).id)
        #expect(project.generalContractorId == (try VisitFixtures.xintai(db)).id)
        #expect(project.subcontractorIds == [try Self.enterprise(db, Self.hengli).id, try Self.enterprise(db, Self.wantong).id])
        #expect(pilot.screenText.contains("张湾区保障房二期"))
        #expect(pilot.program.draft(for: .projectForm(id: nil, visitId: nil)) == nil)

        // Edit: the location, and one subcontractor taken off.
        pilot.press(.enter)
        #expect(pilot.program.routes.last == .projectForm(id: project.id, visitId: nil))
        #expect(pilot.screenText.contains("张湾区保障房二期"))
        pilot.press(.tab, .ctrl("u"))
        pilot.type("车城路")
        pilot.press(.tab, .tab, .tab, .down, .delete)
        pilot.press(.ctrl("s"))
        let edited = try #require(try db.project(id: project.id))
        #expect(edited.location == "车城路")
        #expect(edited.subcontractorIds == [try Self.enterprise(db, Self.wantong).id])
        #expect(edited.revision == project.revision + 1)

        // Delete: Enter alone keeps it; ← then Enter deletes (a tombstone for headquarters).
        pilot.press(.character("d"))
        #expect(pilot.screenText.contains(zh ? "删除“张湾区保障房二期”？" : "Delete 张湾区保障房二期?"))
        pilot.press(.character("x"), .enter)  // a wrong key changes nothing; Enter is "Cancel"
        #expect(try db.project(id: project.id) != nil)
        pilot.press(.character("d"), .left, .enter)
        #expect(try db.project(id: project.id) == nil)
        #expect(pilot.screenText.contains(zh ? "尚无建设项目" : "No construction projects yet"))
    }

    @Test(arguments: [Language.zh, .en])
    func aProjectAVisitIsAboutIsNotDeleted(language: Language) throws {
        let db = try VisitFixtures.database(language: language)
        let xintai = try VisitFixtures.xintai(db)
        let project = try db.createProject(Project(name: "东风大道改造", generalContractorId: xintai.id))
        var visit = try VisitFixtures.draft(db)
        visit.projectId = project.id
        _ = try db.updateVisit(visit)
        var (pilot, session) = try makeVisitPilot(db: db, routes: [.projects])
        defer { session.remove() }
        pilot.press(.character("d"))  // refused at once, no question first
        #expect(pilot.screenText.contains(language == .zh ? "项目“东风大道改造”已有 1 次走访，不能删除"
                                                           : "东风大道改造 has 1 visit and cannot be deleted"))
        #expect(try db.project(id: project.id) != nil)
    }

    /// Alt-p on the visit form, no project fits: `n` opens the form, which refuses a project the
    /// visited enterprise is not a party of, and comes back to the visit with the new one chosen.
    @Test(arguments: sizes, [Language.zh, .en])
    func aNewProjectFromTheVisitChooserIsChosen(size: Size, language: Language) throws {
        let db = try VisitFixtures.database(language: language)
        let visit = try VisitFixtures.draft(db)
        var (pilot, session) = try makeVisitPilot(db: db, routes: [.visit(id: visit.id)], size: size)
        defer { session.remove() }
        let zh = language == .zh
        pilot.press(.alt("p"))
        #expect(pilot.screenText.contains(zh ? "＋ 新建项目…" : "+ New project…"))
        pilot.press(.character("n"))
        #expect(pilot.program.routes.last == .projectForm(id: nil, visitId: visit.id))
        pilot.type("鑫泰新厂房")
        pilot.press(.ctrl("s"))
        #expect(pilot.screenText.contains(zh ? "本次走访单位须为项目一方" : "Visited enterprise must be a party"))
        #expect(try db.projects().isEmpty)
        // The focus is on the owner: the visited enterprise builds for itself.
        pilot.type("鑫泰")
        pilot.press(.enter, .ctrl("s"))
        #expect(pilot.program.routes.last == .visit(id: visit.id))
        let project = try #require(try db.projects().first)
        #expect(project.ownerId == (try VisitFixtures.xintai(db)).id)
        #expect(try VisitFixtures.visit(db, id: visit.id).projectId == project.id)
        #expect(!pilot.program.routes.contains(.visitProject(visitId: visit.id)))
    }

    @Test(arguments: sizes, [Language.zh, .en])
    func ctrlQMidFormThenRestartRestoresEveryFieldAndParty(size: Size, language: Language) throws {
        let db = try VisitFixtures.database(language: language)
        var (pilot, session) = try makeVisitPilot(db: db, routes: [.projects], size: size)
        defer { session.remove() }
        pilot.press(.character("n"))
        pilot.type("保障房")
        pilot.press(.tab)
        pilot.type("花果")
        pilot.press(.tab)
        pilot.type("华鼎")
        pilot.press(.enter, .tab)
        pilot.type("鑫")
        pilot.press(.ctrl("q"))
        #expect(pilot.hasQuit)

        var again = makePilot(db: db, size: size, session: session.store)
        #expect(again.program.routes.last == .projectForm(id: nil, visitId: nil))
        #expect(again.screenText.contains("保障房"))
        // The cursor is in the general contractor, after "鑫": typing goes on and searches.
        again.type("泰")
        #expect(again.screenText.contains("十堰鑫泰"))
        again.press(.enter, .ctrl("s"))
        let project = try #require(try db.projects().first)
        #expect(project.name == "保障房")
        #expect(project.location == "花果")
        #expect(project.ownerId == (try Self.enterprise(db, Self.huading)).id)
        #expect(project.generalContractorId == (try VisitFixtures.xintai(db)).id)
    }

    /// F2, a resize and a kill mid-typing; Esc on a form that cannot be saved says why once, a
    /// second Esc leaves with the form kept as a draft that `n` brings back.
    @Test(arguments: [Language.zh, .en])
    func languageResizeKillAndEscapeKeepTheForm(language: Language) throws {
        let db = try VisitFixtures.database(language: language)
        var (pilot, session) = try makeVisitPilot(db: db, routes: [.projects])
        defer { session.remove() }
        pilot.press(.character("n"), .tab)
        pilot.type("花果街道")
        pilot.press(.function(2))
        #expect(pilot.screenText.contains("花果街道"))
        pilot.resize(to: Size(width: 60, height: 16))
        pilot.press(.escape)
        #expect(pilot.program.routes.last == .projectForm(id: nil, visitId: nil))
        #expect(pilot.lines.last?.contains(language == .zh ? "project name must not be empty" : "项目名称不能为空") == true)
        pilot.press(.escape)
        #expect(pilot.program.routes.last == .projects)
        pilot.press(.character("n"))
        #expect(pilot.screenText.contains("花果街道"))
        // The failed save put the cursor in the name, where the problem is.
        pilot.type("武当路")
        // Killed here: a new app on the same files.
        var again = makePilot(db: db, size: Size(width: 120, height: 40), session: session.store)
        #expect(again.screenText.contains("武当路"))
        #expect(again.screenText.contains("花果街道"))
        again.press(.ctrl("s"))
        #expect(try db.projects().map(\.name) == ["武当路"])
    }
}


extension ProjectScreensTests {
    /// The general contractor offered again as a subcontractor is refused when it is chosen, in
    /// the store's words, not only when the project is saved.
    @Test(arguments: [Language.zh, .en])
    func aPartyTwiceIsRefusedWhenChosen(language: Language) throws {
        let db = try VisitFixtures.database(language: language)
        var (pilot, session) = try makeVisitPilot(db: db, routes: [.projects], size: Size(width: 120, height: 40))
        defer { session.remove() }
        pilot.press(.character("n"))
        pilot.type("东风大道改造")
        pilot.press(.tab, .tab, .tab)
        pilot.type("鑫泰")
        pilot.press(.enter, .tab)
        pilot.type("鑫泰")
        pilot.press(.enter)
        #expect(pilot.screenText.contains(language == .zh ? "在项目中重复出现" : "appears twice among the parties"))
        pilot.press(.escape, .ctrl("u"), .ctrl("s"))
        let project = try #require(try db.projects().first)
        #expect(project.generalContractorId == (try VisitFixtures.xintai(db)).id)
        #expect(project.subcontractorIds.isEmpty)
    }
}
