import Testing
@testable import FieldbookCore

@Suite("Queries: dashboard, enterprise list, history, follow-ups, changes")
struct QueryTests {
    @Test("Given visits and recommendations, when the dashboard is read, then it counts today, drafts, due and overdue")
    func dashboard() throws {
        let db = try Fixtures.database()
        let e = try Fixtures.enterprise(db)
        let today = try db.startVisit(enterpriseId: e.id, type: .riskScreening)
        let earlier = try db.startVisit(enterpriseId: e.id, type: .summons, date: LocalDate("2024-05-01"))
        try db.addRecommendation(visitId: earlier.id, text: "逾期未整改", priority: .high)       // 2024-05-08: overdue
        try db.addRecommendation(visitId: today.id, text: "一周内整改", priority: .high)          // 2024-05-27: due soon
        try db.addRecommendation(visitId: today.id, text: "一月内整改", priority: .low)           // 2024-06-19: later
        try db.completeVisit(id: earlier.id)

        let summary = try db.dashboard()
        #expect(summary.today == Fixtures.today)
        #expect(summary.todaysVisits.map(\.id) == [today.id])
        #expect(summary.todaysVisits.first?.enterpriseName == "十堰东风汽车零部件有限公司")
        #expect(summary.draftCount == 1)
        let counts = try db.dashboardCounts()
        #expect(counts.recommendationsOverdue == 1)
        #expect(counts.recommendationsDueSoon == 1)
        #expect(counts.visitsNotExported == 2)
        #expect(summary.lastExportAt == nil)

        let overdue = try db.followUps(.overdue)
        #expect(overdue.rows.map(\.recommendation.text) == ["逾期未整改"])
        #expect(overdue.rows.first?.enterpriseName == "十堰东风汽车零部件有限公司")
        #expect(try db.followUps(.allOpen).totalCount == 3)
        #expect(try db.openRecommendations(enterpriseId: e.id).rows.map(\.text) == ["逾期未整改", "一周内整改", "一月内整改"])
    }

    @Test("Given enterprises, when listed with filters and sorts, then the window and total are right")
    func enterpriseList() throws {
        let db = try Fixtures.database()
        let names = ["郧阳区汉江建筑工程有限公司", "茅箭区阳光物业服务有限公司", "张湾区东风车桥制造有限公司", "丹江口市水都食品有限公司"]
        let districts = ["郧阳区", "茅箭区", "张湾区", "丹江口市"]
        var ids: [String] = []
        for (i, name) in names.enumerated() {
            var e = Enterprise(creditCode: Fixtures.creditCode(i + 1), name: name, district: districts[i])
            e.redList = i == 0
            e.integrityRating = i % 2 == 0 ? .a : .b
            ids.append(try db.createEnterprise(e).id)
        }
        // Pinyin order: dan, mao, yun, zhang.
        let all = try db.enterprises(sort: .name, offset: 1, limit: 2)
        #expect(all.totalCount == 4)
        #expect(all.rows.map(\.name) == ["茅箭区阳光物业服务有限公司", "郧阳区汉江建筑工程有限公司"])
        #expect(try db.enterprises(filter: EnterpriseFilter(redList: true)).rows.map(\.name) == ["郧阳区汉江建筑工程有限公司"])
        #expect(try db.enterprises(filter: EnterpriseFilter(rating: .b)).totalCount == 2)
        #expect(try db.enterpriseCount(filter: EnterpriseFilter(rating: .b)) == 2)
        #expect(try db.enterprises(offset: 3, knownTotal: 4).rows.map(\.name) == ["张湾区东风车桥制造有限公司"])
        #expect(try db.enterprises(filter: EnterpriseFilter(district: "张湾区")).rows.map(\.id) == [ids[2]])

        let visit = try db.startVisit(enterpriseId: ids[3], type: .riskScreening)
        try db.setAnswer(visitId: visit.id, itemCode: "WG-01", value: .nonCompliant)
        try db.addRecommendation(visitId: visit.id, itemCodes: ["WG-01"], text: "补发工资差额", priority: .high)
        try db.completeVisit(id: visit.id)

        let byRisk = try db.enterprises(sort: .risk, limit: 1)
        #expect(byRisk.rows.first?.name == "丹江口市水都食品有限公司")
        // WG-01 (weight 3) alone: 100 % of a short check → medium (docs/risk-scoring.md).
        #expect(byRisk.rows.first?.lastRiskLevel == .medium)
        #expect(try db.enterprises(filter: EnterpriseFilter(hasOpenRecommendations: true)).rows.map(\.id) == [ids[3]])
        #expect(try db.enterprises(filter: EnterpriseFilter(lastRiskLevels: [.medium])).totalCount == 1)
        #expect(try db.enterprises(filter: EnterpriseFilter(lastRiskLevels: [.notAssessed])).totalCount == 3)
        #expect(try db.enterprises(sort: .lastVisit, limit: 1).rows.first?.lastVisitDate == Fixtures.today)
        #expect(try db.districts() == ["丹江口市", "张湾区", "茅箭区", "郧阳区"].sorted())
    }

    @Test("Given several visits, when the history is read, then newest come first")
    func history() throws {
        let db = try Fixtures.database()
        let e = try Fixtures.enterprise(db)
        for date in ["2024-03-01", "2024-05-01", "2024-04-01"] {
            try db.startVisit(enterpriseId: e.id, type: .riskScreening, date: LocalDate(date))
        }
        let page = try db.visitHistory(enterpriseId: e.id, limit: 2)
        #expect(page.totalCount == 3)
        #expect(page.rows.map(\.date.description) == ["2024-05-01", "2024-04-01"])
    }

    @Test("Given an export cursor, when more changes happen, then only those are reported")
    func changesSinceCursor() throws {
        let db = try Fixtures.database()
        let e = try Fixtures.enterprise(db)
        let visit = try db.startVisit(enterpriseId: e.id, type: .riskScreening)
        let first = try db.changes(after: try db.exportCursor().lastChangeSeq)
        #expect(first.enterprises.map(\.id) == [e.id])
        #expect(first.visits.map(\.id) == [visit.id])
        #expect(first.inspectors.count == 1)
        try db.advanceExportCursor(through: first.through, bundleId: RecordID.make(), bundleSequence: 1)
        #expect(try db.dashboardCounts().visitsNotExported == 0)
        #expect(try db.dashboard().lastExportAt != nil)

        let (answer, _) = try db.setAnswer(visitId: visit.id, itemCode: "LC-01", value: .compliant)
        let rec = try db.addRecommendation(visitId: visit.id, text: "完善名册", priority: .low)
        try db.deleteRecommendation(id: rec.id)
        let second = try db.changes(after: try db.exportCursor().lastChangeSeq)
        #expect(second.enterprises.isEmpty)
        #expect(second.visits.isEmpty)
        #expect(second.answers.map(\.id) == [answer.id])
        #expect(second.recommendations.isEmpty)
        #expect(second.tombstones.map(\.id) == [rec.id])
        // answer value set, recommendation created, recommendation deleted
        #expect(second.auditEvents.map(\.field) == ["value", "(record)", "(record)"])
    }
}
