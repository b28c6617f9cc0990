import Foundation
import GRDB
import Testing
import FieldbookCore
@testable import FieldbookUI
import TerminalKit

/// Issue 15 item 4 (interface): the visit form asks for exactly the fields of the visit's type, in
/// both languages and at every size the app supports — a summons' person, reason, record and
/// commitments; a briefing's attendance, materials and attending enterprises (added from the
/// registry, taken off with Del) — keeps what is typed through quitting and restarts, and says in
/// one line what cannot be saved.
@Suite struct VisitTypeFormTests {
    static let sizes = [Size(width: 60, height: 16), Size(width: 80, height: 24), Size(width: 120, height: 40)]

    /// A draft at 鑫泰 already of `type`, and the form open on it with the cursor in the start time.
    static func form(_ type: VisitType, language: Language = .zh, size: Size = Size(width: 80, height: 24))
    throws -> (AppDatabase, SiteVisit, Pilot<FieldbookApp>, TemporarySession) {
        let db = try VisitFixtures.database(language: language)
        var visit = try VisitFixtures.draft(db)
        visit.type = type
        visit = try db.updateVisit(visit)
        let (pilot, session) = try makeVisitPilot(db: db, routes: [.visit(id: visit.id)], size: size)
        return (db, visit, pilot, session)
    }

    /// Every field of the type comes on screen when focused (the form scrolls on small terminals),
    /// with its label; fields of other types never do.
    static func walk(_ pilot: inout Pilot<FieldbookApp>, type: VisitType, language: Language) -> [VisitFormField: Bool] {
        let text = catalogue(for: language)
        var seen: [VisitFormField: Bool] = [:]
        for field in VisitFormField.fields(for: type) where field != .enterprise {
            pilot.press(VisitFormTests.tabs(from: pilot.program.visitFormFocus ?? .start, to: field, type: type))
            seen[field] = pilot.screenText.contains(field.label(text))
        }
        return seen
    }

    @Test(arguments: [Language.zh, .en], sizes)
    func aSummonsAsksForThePersonReasonRecordAndCommitments(language: Language, size: Size) throws {
        var (db, visit, pilot, session) = try Self.form(.summons, language: language, size: size)
        defer { session.remove() }
        let text = catalogue(for: language)
        let seen = Self.walk(&pilot, type: .summons, language: language)
        #expect(seen.values.allSatisfy { $0 }, "\(seen.filter { !$0.value }.keys) at \(size) in \(language)")
        // Not the fields of a visit to the site.
        pilot.press(VisitFormTests.tabs(from: .notes, to: .summonedPerson, type: .summons))
        for field in [VisitFormField.personsMet, .employees, .dispatched, .participants] {
            #expect(!pilot.screenText.contains(field.label(text) + " "), "\(field) at \(size)")
        }
        pilot.type("苏丽华")
        pilot.press(.tab)
        pilot.type("总经理")
        pilot.press(.tab)
        pilot.type("派遣岗位超范围")
        pilot.press(.tab)
        pilot.type("30日内整改派遣岗位")
        pilot.press(.tab)
        pilot.type("20240101")
        pilot.press(.tab)
        // A commitment due before the summons: one line under the field, the text kept, nothing saved.
        let problem = VisitTypeError.commitmentBeforeVisit(commitment: LocalDate("2024-01-01")!, visitDate: visit.date)
            .message(in: language)
        #expect(pilot.screenText.contains(String(problem.prefix(12))), "\(size) \(language)")
        var stored = try VisitFixtures.visit(db, id: visit.id)
        #expect(stored.summonedPerson == "苏丽华" && stored.summonedRole == "总经理")
        #expect(stored.summonsReason == "派遣岗位超范围" && stored.commitments == "30日内整改派遣岗位")
        #expect(stored.commitmentDate == nil)
        #expect(pilot.program.visitFormFocus == .talkRecord)
        pilot.type("企业承认派遣岗位超范围。")
        pilot.press(.backTab)
        pilot.press(.end)
        for _ in 0..<12 { pilot.press(.backspace) }
        let due = visit.date.adding(days: 30).description.replacingOccurrences(of: "-", with: "")
        pilot.type(due)
        pilot.press(.tab)
        stored = try VisitFixtures.visit(db, id: visit.id)
        #expect(stored.commitmentDate == visit.date.adding(days: 30))
        #expect(stored.talkRecord == "企业承认派遣岗位超范围。")
        #expect(stored.place == DocumentSettings.standard.issuerZh)
    }

    @Test(arguments: [Language.zh, .en], sizes)
    func aBriefingListsSeveralEnterprisesAddedAndTakenOff(language: Language, size: Size) throws {
        var (db, visit, pilot, session) = try Self.form(.policyBriefing, language: language, size: size)
        defer { session.remove() }
        let text = catalogue(for: language)
        let seen = Self.walk(&pilot, type: .policyBriefing, language: language)
        #expect(seen.values.allSatisfy { $0 }, "\(seen.filter { !$0.value }.keys) at \(size) in \(language)")
        pilot.press(VisitFormTests.tabs(from: .notes, to: .attendees, type: .policyBriefing))
        pilot.type("36")
        pilot.press(.tab)
        pilot.type("各企业人事专员")
        pilot.press(.tab)
        pilot.type("政策汇编")
        pilot.press(.tab)
        pilot.type("4x0")  // digits only: the x is refused at the key
        pilot.press(.tab)
        pilot.type("12")
        pilot.press(.tab)
        pilot.type("1")
        pilot.press(.tab)
        var stored = try VisitFixtures.visit(db, id: visit.id)
        #expect(stored.attendees == 36 && stored.attendeeNames == "各企业人事专员" && stored.materials == "政策汇编")
        #expect(stored.materialsCount == 40 && stored.questionsAnswered == 12 && stored.legalSessions == 1)
        #expect(pilot.program.visitFormFocus == .participants)

        for name in ["玄岳国际大酒店", "太极湖餐饮"] {
            pilot.type(name)
            #expect(pilot.screenText.contains(name))
            pilot.press(.enter)
        }
        var attending = try db.participants(visitId: visit.id).map(\.enterprise.name)
        #expect(attending.count == 2)
        #expect(pilot.screenText.contains(text.visitParticipantsHint(count: 3, removable: true).prefix(6)))
        #expect(attending.allSatisfy { pilot.screenText.contains(String($0.prefix(6))) }, "\(size)")
        // The visit's own enterprise, or one added already, is refused with one line.
        pilot.type("鑫泰汽车")
        pilot.press(.enter)
        #expect(pilot.screenText.contains(VisitTypeError.participantListed(name: "十堰鑫泰汽车零部件有限公司").message(in: language)
            .prefix(8)))
        pilot.press(.escape)
        #expect(try db.participants(visitId: visit.id).count == 2)
        // Del with the search empty: the list of those added; Enter takes the highlighted one off.
        pilot.press(.delete)
        #expect(pilot.screenText.contains(text.visitParticipantRemoveHint.prefix(8)))
        pilot.press(.enter)
        attending = try db.participants(visitId: visit.id).map(\.enterprise.name)
        #expect(attending.count == 1)
        let stones = try db.reader.read { try Tombstone.filter(Column("recordType") == "visitParticipant").fetchCount($0) }
        #expect(stones == 1)
        stored = try VisitFixtures.visit(db, id: visit.id)
        #expect(stored.type == .policyBriefing)
    }

    @Test func aSummonsRecordBeingTypedSurvivesQuittingAndComesBack() throws {
        var (db, visit, pilot, session) = try Self.form(.summons)
        defer { session.remove() }
        pilot.press(VisitFormTests.tabs(to: .talkRecord, type: .summons))
        pilot.type("告知劳动合同法第六十六条")
        pilot.press(.ctrl("q"))
        #expect(pilot.hasQuit)
        #expect(try VisitFixtures.visit(db, id: visit.id).talkRecord == nil)
        var again = TypedTextSurvivesTests.restart(db, session)
        #expect(again.screenText.contains("告知劳动合同法第六十六条"))
        again.type("。")
        again.press(.tab)
        #expect(try VisitFixtures.visit(db, id: visit.id).talkRecord == "告知劳动合同法第六十六条。")
    }

    @Test func theAttendingEnterpriseSearchSurvivesARestartWithItsList() throws {
        var (db, visit, pilot, session) = try Self.form(.policyBriefing)
        defer { session.remove() }
        pilot.press(VisitFormTests.tabs(to: .participants, type: .policyBriefing))
        pilot.type("玄岳国际")
        pilot.press(.ctrl("q"))
        var again = TypedTextSurvivesTests.restart(db, session)
        #expect(again.screenText.contains("玄岳国际"))
        again.press(.enter)
        #expect(try db.participants(visitId: visit.id).map(\.enterprise.name) == ["武当山玄岳国际大酒店有限公司"])
    }

    @Test func changingTheTypeShowsItsFieldsAndKeepsWhatWasTyped() throws {
        var (db, visit, pilot, session) = try Self.form(.summons)
        defer { session.remove() }
        pilot.press(VisitFormTests.tabs(to: .summonedPerson, type: .summons))
        pilot.type("苏丽华")
        pilot.press(VisitFormTests.tabs(from: .summonedPerson, to: .type, type: .summons))
        pilot.press(.left)  // 约谈 → 用工风险排查
        #expect(try VisitFixtures.visit(db, id: visit.id).type == .riskScreening)
        #expect(pilot.screenText.contains("职工人数"))
        #expect(!pilot.screenText.contains("被约谈人"))
        pilot.press(.right)
        #expect(pilot.screenText.contains("苏丽华"))
        #expect(try VisitFixtures.visit(db, id: visit.id).summonedPerson == "苏丽华")
    }
}

extension FieldbookApp {
    /// The field the visit form on top has the cursor in.
    var visitFormFocus: VisitFormField? { (topScreen as? VisitFormScreen)?.focus.focused }
}
