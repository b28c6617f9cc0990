import Foundation
import Testing
import FieldbookCore
@testable import FieldbookUI
import TerminalKit

/// Every follow-up screen at 80×24 and 120×40, in Chinese and English: the text that matters is
/// on screen and the key hints of the status bar come from the screen's key map.
@Suite struct FollowUpLayoutTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let size: Size
        let language: Language
        var testDescription: String { "\(size.width)×\(size.height) \(language)" }
    }

    static let cases = FollowUpFixtures.sizes.flatMap { size in [Language.zh, .en].map { Case(size: size, language: $0) } }

    @Test(arguments: cases) func everyScreenShowsItsContent(_ c: Case) throws {
        let world = try FollowUpFixtures.backdated(try FollowUpFixtures.world(language: c.language))
        let rec = try world.db.addRecommendation(visitId: world.visit.id, itemCodes: ["LC-01"], text: "补签劳动合同",
                                                 priority: .high, deadline: LocalDate("2026-11-25"))
        let zh = c.language == .zh
        let screens: [(Route, [String])] = [
            (.recommendations(visitId: world.visit.id),
             ["补签劳动合同", zh ? "逾期 4 天" : "4 days overdue", "LC-01"]),
            (.recommendation(id: rec.id),
             ["补签劳动合同", "2026-11-25", zh ? "待整改" : "open", zh ? "依据：《中华人民共和国劳动合同法》第十条" : "Legal basis: PRC Labour Contract Law"]),
            (.newRecommendation(visitId: world.visit.id, itemCode: "WG-01"),
             [zh ? "工资不低于当地最低工资标准" : "Wages not below the local minimum wage", zh ? "默认：高 7 天" : "default: high 7 d"]),
            (.followUps, ["十堰鑫泰汽车零部件有限公司", zh ? "已逾期 1" : "overdue 1"]),
            (.export, [zh ? "本次将导出" : "This export carries", zh ? "开始导出" : "Export now"]),
        ]
        for (route, texts) in screens {
            let pilot = FollowUpFixtures.pilot(world.db, routes: [route], size: c.size, exportDirectory: "/tmp")
            #expect(pilot.program.routes == [route])
            for text in texts {
                #expect(pilot.screenText.contains(text), "\(route) at \(c.testDescription) lacks \(text):\n\(pilot.screenText)")
            }
            #expect(pilot.lines.count == c.size.height)
            #expect(pilot.lines.allSatisfy { $0.displayWidth <= c.size.width })
        }
    }

    @Test func aResizeKeepsTheFormAndWhatWasTyped() throws {
        let world = try FollowUpFixtures.world()
        var pilot = FollowUpFixtures.pilot(world.db, routes: [.newRecommendation(visitId: world.visit.id, itemCode: nil)])
        pilot.type("补签合同")
        pilot.resize(to: Size(width: 120, height: 40))
        #expect(pilot.screenText.contains("补签合同"))
        pilot.resize(to: Size(width: 80, height: 24))
        pilot.type("，限期一个月")
        pilot.press(.tab)
        #expect(try world.db.visit(id: world.visit.id)?.recommendations.first?.text == "补签合同，限期一个月")
    }
}
