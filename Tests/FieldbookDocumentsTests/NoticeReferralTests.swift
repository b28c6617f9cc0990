import FieldbookCore
@testable import FieldbookDocuments
import Foundation
import Testing

/// A hazard outside labour relations referred to its authority shows on the notice: under the
/// finding it was found with, or in its own section when the item is not a finding.
@Suite struct NoticeReferralTests {
    @Test func referralsShowOnTheNotice() throws {
        let database = try DocumentFixtures.demo()
        let detail = try #require(try DocumentFixtures.noticeVisits(database).first { detail in
            detail.answers.values.contains { $0.value == .nonCompliant }
        })
        let finding = try #require(detail.answers.values.first { $0.value == .nonCompliant }?.itemCode)
        let other = try #require(detail.answers.values.first { $0.value == .compliant }?.itemCode)
        try database.reopenVisit(id: detail.visit.id, reason: "补记移送事项")
        try database.setReferral(visitId: detail.visit.id, itemCode: finding, to: .health, note: "搅拌站粉尘作业无防护")
        try database.setReferral(visitId: detail.visit.id, itemCode: other, to: .emergencyManagement, note: "脚手架未设防护栏")
        try database.completeVisit(id: detail.visit.id)

        let documents = VisitDocuments(database: database)
        let zh = String(decoding: try documents.prepare(.notice, format: .html, language: .zh, visitId: detail.visit.id,
                                                        renderer: nil).bytes, as: UTF8.self)
        #expect(zh.contains("已移送卫生健康主管部门处理（搅拌站粉尘作业无防护）"))
        #expect(zh.contains("移送其他部门处理的事项"))
        #expect(zh.contains("已移送应急管理部门处理（脚手架未设防护栏）"))
        let en = String(decoding: try documents.prepare(.notice, format: .html, language: .en, visitId: detail.visit.id,
                                                        renderer: nil).bytes, as: UTF8.self)
        #expect(en.contains("Referred to the health authority (搅拌站粉尘作业无防护)"))
    }
}
