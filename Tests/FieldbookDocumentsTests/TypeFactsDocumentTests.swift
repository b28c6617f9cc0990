import FieldbookCore
@testable import FieldbookDocuments
import Foundation
import Testing

/// Issue 15 item 4: the visit record shows what the visit's type records — a summons' person,
/// reason, record of the talk and commitments; a briefing's attending enterprises, attendance and
/// materials — and leaves out what does not belong (no workforce, no empty checklist).
@Suite struct TypeFactsDocumentTests {
    static func text(_ database: AppDatabase, _ type: VisitType, language: Language) throws -> String {
        let detail = try #require(try DocumentFixtures.completed(database).first { $0.visit.type == type })
        let prepared = try VisitDocuments(database: database)
            .prepare(.record, format: .html, language: language, visitId: detail.visit.id, renderer: DocumentFixtures.renderer())
        let html = String(decoding: prepared.bytes, as: UTF8.self)
        return html.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
    }

    @Test func theSummonsRecordHasThePersonReasonTalkAndCommitments() throws {
        let database = try DocumentFixtures.demo()
        let zh = try Self.text(database, .summons, language: .zh)
        for expected in ["被约谈人", "苏丽华，总经理", "约谈事由", "约谈记录", "企业承诺", "承诺于", "地点", "十堰市人力资源和社会保障局"] {
            #expect(zh.contains(expected), "\(expected)")
        }
        #expect(!zh.contains("用工情况") && !zh.contains("企业接待人员") && !zh.contains("LC-01"))
        let en = try Self.text(database, .summons, language: .en)
        #expect(en.contains("Person summoned") && en.contains("Record of the talk") && en.contains("Commitments"))
    }

    @Test func theBriefingRecordNamesEveryAttendingEnterprise() throws {
        let database = try DocumentFixtures.demo()
        let zh = try Self.text(database, .policyBriefing, language: .zh)
        #expect(zh.contains("4家："))
        for name in ["武当山太和山庄酒店管理有限公司", "武当山玄岳国际大酒店有限公司", "武当山太极湖餐饮管理有限公司",
                     "武当山特区玄岳古建园林有限公司"] {
            #expect(zh.contains(name), "\(name)")
        }
        #expect(zh.contains("（40份）") && zh.contains("12个") && zh.contains("1场") && zh.contains("参加人数"))
        #expect(!zh.contains("用工情况"))
        // A risk screening keeps its workforce and checklist.
        let screening = try Self.text(database, .riskScreening, language: .zh)
        #expect(screening.contains("用工情况") && screening.contains("LC-01") && screening.contains("企业接待人员"))
    }
}
