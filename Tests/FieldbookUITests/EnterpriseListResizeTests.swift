import Testing
import FieldbookCore
@testable import FieldbookUI
import TerminalKit

/// The registry lists read only the rows on screen, so a taller terminal must read the rows that
/// come into view at the resize itself, not at the next key.
@Suite struct EnterpriseListResizeTests {
    @Test(arguments: [Language.zh, .en])
    func aTallerTerminalFillsTheNewRowsAtOnce(language: Language) throws {
        let db = try RegistryFixtures.sampleDatabase(language: language)
        var pilot = makePilot(db: db, size: Size(width: 80, height: 24))
        pilot.press(.character("e"))
        pilot.resize(to: Size(width: 120, height: 80))
        // 66 enterprises: at 120×80 every one is on screen, the last in name order included.
        let all = try db.enterprises(sort: .name, limit: 100).rows
        #expect(all.count == 66)
        for enterprise in all.suffix(3) { #expect(pilot.contentText.contains(enterprise.name)) }
    }

    @Test func theEnterpriseListBelowADetailPageIsFilledWhenReturnedTo() throws {
        let db = try RegistryFixtures.sampleDatabase()
        var pilot = makePilot(db: db, size: Size(width: 80, height: 24))
        pilot.press(.character("e"), .tab, .tab, .enter)   // the list → the first enterprise's page
        pilot.resize(to: Size(width: 120, height: 80))
        pilot.press(.escape)
        let last = try #require(try db.enterprises(sort: .name, limit: 100).rows.last)
        #expect(pilot.contentText.contains(last.name))
    }

    /// While a query is typed the rows are ranked by match, and the footer says so, naming the
    /// sort that returns when the query is cleared (F8 changes it even while searching).
    @Test(arguments: [Language.zh, .en])
    func aSearchSaysItIsRankedByMatch(language: Language) throws {
        let db = try RegistryFixtures.sampleDatabase(language: language)
        var pilot = makePilot(db: db, size: Size(width: 120, height: 40))
        pilot.press(.character("e"))
        let text = catalogue(for: language)
        #expect(!pilot.contentText.contains(text.rankedByMatch(thenSort: EnterpriseSort.name.label(in: language))))
        pilot.type("十堰")
        #expect(pilot.contentText.contains(text.rankedByMatch(thenSort: EnterpriseSort.name.label(in: language))))
        pilot.press(.alt("s"), .alt("s"))
        #expect(pilot.contentText.contains(text.rankedByMatch(thenSort: EnterpriseSort.risk.label(in: language))))
        pilot.press(.ctrl("u"))
        #expect(!pilot.contentText.contains(text.rankedByMatch(thenSort: EnterpriseSort.risk.label(in: language))))
        #expect(pilot.contentText.contains(text.filterSort + " " + EnterpriseSort.risk.label(in: language)))
    }
}
