import Foundation
import GRDB
import Testing
@testable import FieldbookCore

@Suite("Synthetic benchmark data")
struct DemoSyntheticDataTests {
    static let now = Date(timeIntervalSince1970: 1_718_416_800)

    func generate(seed: UInt64, enterprises: Int = 300, visits: Int = 500) throws -> (AppDatabase, SyntheticDataReport) {
        let db = try AppDatabase.inMemory(clock: .fixed(Self.now))
        try db.initialize(inspectorName: "李明")
        let (checklist, _) = try db.loadTemplate(data: DemoSamples.checklistJSON)
        let report = try db.generateSyntheticData(
            SyntheticDataPlan(enterprises: enterprises, visits: visits, seed: seed), checklist: checklist)
        return (db, report)
    }

    /// Everything a benchmark would read, in a stable order.
    func snapshot(_ db: AppDatabase) throws -> [String] {
        try db.reader.read { db in
            try String.fetchAll(db, sql: "SELECT id || creditCode || name || address || district FROM enterprise ORDER BY id")
            + String.fetchAll(db, sql: "SELECT id || enterpriseId || date || type || status || riskLevel FROM siteVisit ORDER BY id")
            + String.fetchAll(db, sql: "SELECT id || visitId || itemCode || value FROM answer ORDER BY id")
            + String.fetchAll(db, sql: "SELECT id || text || status || IFNULL(deadline, '') FROM recommendation ORDER BY id")
        }
    }

    @Test("The same seed gives the same rows, ids included; another seed gives other rows")
    func deterministic() throws {
        let (a, _) = try generate(seed: 7)
        let (b, _) = try generate(seed: 7)
        let (c, _) = try generate(seed: 8)
        let snapshotA = try snapshot(a)
        #expect(snapshotA == (try snapshot(b)))
        #expect(snapshotA != (try snapshot(c)))
    }

    @Test("Individual businesses (个体工商户) have valid 92-prefixed credit codes; every other enterprise 91")
    func individualBusinessCodes() throws {
        let (db, _) = try generate(seed: 11)
        let rows = try db.reader.read { db in
            try Row.fetchAll(db, sql: "SELECT creditCode, ownershipType FROM enterprise")
        }
        let individual = rows.filter { ($0["ownershipType"] as String) == "个体工商户" }
        #expect(individual.count > 5)
        for row in rows {
            let code: String = row["creditCode"]
            #expect(code.hasPrefix((row["ownershipType"] as String) == "个体工商户" ? "92" : "91"), "\(code)")
            #expect((try? CreditCode.validate(code)) == code, "\(code)")
        }
    }

    @Test("Counts match the plan and the report")
    func counts() throws {
        let (db, report) = try generate(seed: 1)
        let counts = try db.reader.read { db in
            try ["enterprise", "siteVisit", "answer", "recommendation"].map {
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \($0)")!
            }
        }
        #expect(counts == [300, 500, report.answers, report.recommendations])
        #expect(report.answers > 500 * 10)
        #expect(report.recommendations > 0)
    }

    @Test("Enterprises are valid, unique and spread over every district; search keys are kept")
    func enterprises() throws {
        let (db, _) = try generate(seed: 3, enterprises: 1000, visits: 0)
        let rows = try db.reader.read { try Enterprise.fetchAll($0) }
        #expect(rows.allSatisfy { CreditCode.isValid($0.creditCode) })
        #expect(Set(rows.map(\.creditCode)).count == rows.count)
        #expect(Set(rows.map(\.name)).count == rows.count)
        #expect(Set(rows.map(\.district)) == Set(ShiyanDistricts.all))
        #expect(rows.allSatisfy { RecordID.canonical($0.id) == $0.id })
        let first = rows[0]
        let found = try db.searchEnterprises(first.name, limit: 5).map(\.enterprise.id)
        #expect(found.contains(first.id))
    }

    @Test("Visits carry consistent scores, and the enterprise summary is filled in")
    func visitsAndSummary() throws {
        let (db, _) = try generate(seed: 5)
        try db.reader.read { db in
            let states = try String.fetchSet(db, sql: "SELECT DISTINCT status FROM siteVisit")
            #expect(states == ["draft", "completed"])
            let reopened = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM siteVisit WHERE reopenReason IS NOT NULL")!
            #expect(reopened > 0)
            let statuses = try String.fetchSet(db, sql: "SELECT DISTINCT status FROM recommendation")
            #expect(statuses == ["open", "rectified", "closed"])
            // A visit without applicable answers is not assessed; one with scored answers has a
            // score. Risk signals (RS-, checklist v2) are not scored but raise the level alone.
            let inconsistent = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM siteVisit v WHERE (score IS NOT NULL AND riskLevel = 'notAssessed')
                  OR (score IS NULL AND riskLevel <> 'notAssessed' AND EXISTS (SELECT 1 FROM answer a
                      WHERE a.visitId = v.id AND a.itemCode NOT LIKE 'RS-%' AND a.value IN ('compliant', 'nonCompliant')))
                  OR (score IS NULL AND riskLevel <> 'notAssessed' AND NOT EXISTS (SELECT 1 FROM answer a
                      WHERE a.visitId = v.id AND a.itemCode LIKE 'RS-%' AND a.value = 'nonCompliant'))
                """)!
            #expect(inconsistent == 0)
            let stale = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM enterprise e WHERE openRecommendationCount <>
                  (SELECT COUNT(*) FROM recommendation r WHERE r.enterpriseId = e.id AND r.status = 'open')
                """)!
            #expect(stale == 0)
        }
    }

    @Test("The bulk load skips CHECK constraints for speed, so the file it leaves must pass SQLite's own checks")
    func integrity() throws {
        let (db, _) = try generate(seed: 13)
        // integrity_check also evaluates every CHECK and NOT NULL constraint on every row.
        let (integrity, foreignKeys) = try db.reader.read { db in
            (try String.fetchAll(db, sql: "PRAGMA integrity_check"), try Row.fetchAll(db, sql: "PRAGMA foreign_key_check"))
        }
        #expect(integrity == ["ok"])
        #expect(foreignKeys.isEmpty)
        // And the connection checks them again once the load is over.
        #expect(throws: (any Error).self) {
            try db.writer.write { db in
                try db.execute(sql: "UPDATE answer SET value = 'maybe' WHERE rowid = (SELECT MIN(rowid) FROM answer)")
            }
        }
    }

    @Test("The set-wise summary after a load equals the per-write rule for every enterprise")
    func bulkSummaryEqualsPerWriteRule() throws {
        let (db, _) = try generate(seed: 17, enterprises: 200, visits: 900)
        let bulk = try db.reader.read { db in
            try Row.fetchAll(db, sql: "SELECT id, lastVisitDate, lastRiskLevel, openRecommendationCount FROM enterprise ORDER BY id")
        }
        let lowered = try db.reader.read { db in
            try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM enterprise e WHERE lastRiskLevel IS NOT NULL AND lastRiskLevel <> (
                  SELECT riskLevel FROM siteVisit v WHERE v.enterpriseId = e.id AND v.status = 'completed'
                    AND v.riskLevel != 'notAssessed' ORDER BY date DESC, startTime DESC, id DESC LIMIT 1)
                """)!
        }
        // Some levels were lowered by findings verified rectified, or the comparison proves little.
        #expect(lowered > 0)
        let perWrite = try db.writer.write { db in
            for id in try String.fetchAll(db, sql: "SELECT id FROM enterprise") {
                try EnterpriseSummary.refresh(enterpriseId: id, db)
            }
            return try Row.fetchAll(db, sql: "SELECT id, lastVisitDate, lastRiskLevel, openRecommendationCount FROM enterprise ORDER BY id")
        }
        #expect(bulk == perWrite)
    }

    @Test("Item code lists read by hand give what JSONDecoder gives, and odd forms fall back to it")
    func itemCodeLists() throws {
        for text in ["[]", "[\"LC-01\"]", "[\"LC-01\",\"WG-03\",\"CP-12\"]", "[\"工资\"]",
                     "[ \"LC-01\" ]", "[\"A\\\"B\"]", "[\"A\",]", "not json", "[\"A\"", ""] {
            let expected = (try? JSONDecoder().decode([String].self, from: Data(text.utf8))) ?? []
            #expect(ItemCodeList.decode(text) == expected, "\(text)")
        }
        #expect(ItemCodeList.plain("[ \"LC-01\" ]") == nil)
        #expect(ItemCodeList.plain("[\"LC-01\",\"WG-03\"]") == ["LC-01", "WG-03"])
    }
}
