import Foundation
import Testing
@testable import FieldbookCore
@testable import FieldbookUI
import TerminalKit

/// The out-of-town flag (外地企业) on the new-enterprise form, the list's marker and filter, and
/// the enterprise page (issue 15 item 6).
@Suite struct OutOfTownScreenTests {
    /// Registered in Wuhan's Jiang'an district (420102).
    static let wuhan = CreditCode.completing("91420102MA4K3LX29")!
    static let shiyan = CreditCode.completing("91420302MA4BX1234")!

    static let sizes = [Size(width: 60, height: 16), Size(width: 80, height: 24), Size(width: 120, height: 40)]

    func openForm(_ db: AppDatabase, size: Size = Size(width: 80, height: 24)) -> Pilot<FieldbookApp> {
        var pilot = makePilot(db: db, size: size)
        pilot.press(.character("n"))
        return pilot
    }

    /// The form's row holding `label`, trimmed.
    func row(_ pilot: Pilot<FieldbookApp>, _ label: String) -> String {
        pilot.lines.first { $0.contains(label) }?.trimmingCharacters(in: .whitespaces) ?? ""
    }

    @Test(arguments: sizes, [Language.zh, .en])
    func theFlagFollowsTheCreditCodeAndNamesWhereItWasRegistered(size: Size, language: Language) throws {
        let db = try makeTestDatabase(language: language)
        var pilot = openForm(db, size: size)
        let label = language == .zh ? "外地企业" : "Out of town"
        pilot.type(Self.wuhan)
        pilot.press(.tab, .tab, .tab, .tab)  // name, address, district, out of town (scrolled into view)
        #expect(row(pilot, label).contains(language == .zh ? "‹ 是 ›" : "‹ yes ›"))
        if size.width >= 80 {
            pilot.press(.tab)  // leave it: the note takes the hint's place
            let place = language == .zh ? "登记地：湖北省武汉市（420102）" : "registered in Wuhan, Hubei (420102)"
            #expect(row(pilot, label).contains(place), "\(row(pilot, label))")
            pilot.press(.backTab)
        }
        // A Shiyan code turns it back while nobody chose by hand.
        pilot.press(.backTab, .backTab, .backTab, .backTab, .ctrl("u"))
        pilot.type(Self.shiyan)
        pilot.press(.tab, .tab, .tab, .tab)
        #expect(row(pilot, label).contains(language == .zh ? "‹ 否 ›" : "‹ no ›"))
    }

    @Test(arguments: [Language.zh, .en])
    func aFlagChosenByHandIsSavedAndSurvivesAsADraft(language: Language) throws {
        let db = try makeTestDatabase(language: language)
        var pilot = openForm(db)
        pilot.type(Self.shiyan)
        pilot.press(.tab, .tab, .tab, .tab, .right)  // out of town: no → yes, by hand
        let label = language == .zh ? "外地企业" : "Out of town"
        #expect(row(pilot, label).contains(language == .zh ? "‹ 是 ›" : "‹ yes ›"))
        // No name: Esc cannot save; a second Esc leaves the form as a draft.
        pilot.press(.escape, .escape)
        #expect(pilot.program.routes == [.dashboard])
        pilot.press(.character("n"))
        #expect(row(pilot, label).contains(language == .zh ? "‹ 是 ›" : "‹ yes ›"))
        #expect(!row(pilot, label).contains(language == .zh ? "按信用代码判断" : "from the credit code"))
        // Chosen by hand, the code typed again does not overrule it.
        // The draft opens on the name, which the failed save pointed at; the code is just above.
        pilot.press(.backTab, .ctrl("u"))
        pilot.type(Self.shiyan)
        #expect(row(pilot, label).contains(language == .zh ? "‹ 是 ›" : "‹ yes ›"))
        pilot.press(.tab)
        pilot.type("湖北省路桥十堰项目有限公司")
        pilot.press(.ctrl("s"))
        let saved = try #require(try db.enterprise(creditCode: Self.shiyan), "\(pilot.screenText)")
        #expect(saved.outOfTown)
        #expect(saved.source == .field)
        #expect(saved.district == "茅箭区")  // the inspector's district, where it works
        // The enterprise page says where it was registered.
        #expect(pilot.contentText.contains(language == .zh ? "外地·十堰市 420302 茅箭区" : "Out·Shiyan 420302 茅箭区"))
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 120, height: 40)], [Language.zh, .en])
    func theListMarksOutOfTownEnterprisesAndFiltersThem(size: Size, language: Language) throws {
        let db = try RegistryFixtures.sampleDatabase(language: language)
        let firm = try db.createEnterprise(Enterprise(creditCode: Self.wuhan, name: "中建三局武汉分包工程有限公司",
                                                      district: "张湾区", source: .field, outOfTown: true))
        var pilot = makePilot(db: db, size: size)
        pilot.press(.character("e"))
        pilot.type("中建三局")
        let marker = language == .zh ? "外地·武汉市" : "Out·Wuhan"
        let listed = pilot.lines.last { $0.contains("中建三局") } ?? ""  // the table's row, not the search field
        #expect(listed.contains(marker), "\(listed)")
        pilot.press(.ctrl("u"))
        // The district control's last value: any, the ten districts, then out of town.
        let districts = try db.districts().count
        #expect(districts == 10)
        for _ in 0...districts { pilot.press(.alt("d")) }
        #expect(pilot.contentText.contains(language == .zh ? "Alt-d 区县 外地企业" : "Alt-d District out of town"))
        #expect(pilot.contentText.contains("中建三局"))
        #expect(pilot.contentText.contains(language == .zh ? "共 1 家" : "of 1"))
        #expect(try db.enterprises(filter: EnterpriseFilter(outOfTown: true)).rows.map(\.id) == [firm.id])
        pilot.press(.alt("d"))  // round to "any"
        #expect(pilot.contentText.contains(language == .zh ? "共 67 家" : "of 67"))
    }
}
