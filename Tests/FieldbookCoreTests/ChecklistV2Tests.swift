import Foundation
import Testing
@testable import FieldbookCore

@Suite("Checklist version 2 (samples/checklists/employment-risk.v2.json)")
struct ChecklistV2Tests {
    static var data: Data {
        get throws {
            try Data(contentsOf: Fixtures.repositoryRoot.appendingPathComponent("samples/checklists/employment-risk.v2.json"))
        }
    }

    @Test("Given v2, when validated, then it loads beside v1 and new visits start on it")
    func loads() throws {
        let checklist = try TemplateStore.parse(try Self.data, loadedAt: Timestamp(Fixtures.now))
        #expect(checklist.template.version == 2)
        let db = try Fixtures.database()
        let (_, outcome) = try db.loadTemplate(data: try Self.data)
        #expect(outcome == .loaded)
        let enterprise = try Fixtures.enterprise(db)
        #expect(try db.startVisit(enterpriseId: enterprise.id, type: .riskScreening).templateVersion == 2)
        #expect(try db.startVisit(enterpriseId: enterprise.id, type: .riskScreening, templateVersion: 1).templateVersion == 1)
    }

    /// 第 + numerals + 条, Chinese or Arabic.
    static func citesArticle(_ text: String) -> Bool {
        text.range(of: "第[一二三四五六七八九十百零0-9]+条", options: .regularExpression) != nil
    }

    @Test("Every item of law cites at least one article, in both languages; signals are practice and cite where they can")
    func everyItemCitesAnArticle() throws {
        let checklist = try TemplateStore.parse(try Self.data, loadedAt: Timestamp(Fixtures.now))
        for item in checklist.items {
            #expect(Self.citesArticle(item.legalBasis.zh), "\(item.code): \(item.legalBasis.zh)")
            #expect(item.legalBasis.en.range(of: "arts?\\. [0-9]", options: .regularExpression) != nil,
                    "\(item.code): \(item.legalBasis.en)")
            #expect(item.legalBasis.zh.contains("《"), "\(item.code) names the law in full")
        }
        #expect(!Self.citesArticle("《保障农民工工资支付条例》"))
    }

    @Test("Weights follow the documented rule; the review's splits and additions are there")
    func reviewApplied() throws {
        let checklist = try TemplateStore.parse(try Self.data, loadedAt: Timestamp(Fixtures.now))
        func item(_ code: String) throws -> ChecklistItem { try #require(checklist.item(code: code)) }
        for code in ["HR-05", "FE-04", "DM-04"] { #expect(try item(code).weight == 2, "\(code)") }
        for code in ["CP-01", "CP-02", "CP-09", "SI-04", "SP-05"] { #expect(try item(code).weight == 3, "\(code)") }
        #expect(try item("SP-05").critical && item("SP-01").critical && item("CP-03").critical)
        #expect(try !item("WG-05").critical && item("WG-05").serious == .wageArrears)
        // Split: CP-03 paid in full (critical) / CP-13 through the account (not critical); SI-03 / SI-05; FE-03 / FE-06; CP-02 / CP-14.
        #expect(try !item("CP-13").critical)
        for code in ["SI-05", "FE-06", "CP-14", "CP-07", "CP-08", "CP-10", "CP-11", "CP-12", "LC-07", "LC-08",
                     "LC-09", "LC-10", "WG-06", "SP-06", "SP-07", "FE-07"] {
            #expect(checklist.item(code: code) != nil, "\(code)")
        }
        #expect(checklist.item(code: "LC-02") == nil) // merged into LC-01's guidance (double counting)
        let signals = checklist.items.filter(\.signal).map(\.code)
        #expect(signals == ["RS-01", "RS-02", "RS-03", "RS-04"])
        #expect(try item("CP-03").area == .wages)
        #expect(try item("SI-03").figures == [.workers])
    }

    // The review's riders on v2: FE-05 (2) + SI-03 (3) + SI-02 (3) + LC-01 (3) + HR-01 (1) + HR-02 (2)
    // = 14 failed. SI-03 records 1,140 uninsured of 1,350: ≥ 10 and more than half → serious
    // social-insurance violation → major.
    @Test("On v2 with the figures recorded, the riders' platform is major")
    func ridersMajorOnV2() throws {
        let checklist = try TemplateStore.parse(try Self.data, loadedAt: Timestamp(Fixtures.now))
        var findings: [String: ScoredAnswer] = [:]
        for item in checklist.items { findings[item.code] = ScoredAnswer(item.signal ? .compliant : .notApplicable) }
        for code in ["LC-03", "LC-04", "LC-05", "LC-06", "WG-01", "WG-02", "WG-04", "WG-05", "SI-01"] {
            findings[code] = ScoredAnswer(.compliant)
        }
        for code in ["FE-05", "SI-02", "HR-01", "HR-02"] { findings[code] = ScoredAnswer(.nonCompliant) }
        findings["LC-01"] = ScoredAnswer(.nonCompliant, AnswerFigures(workers: 1140))
        findings["SI-03"] = ScoredAnswer(.nonCompliant, AnswerFigures(workers: 1140))
        let a = RiskScoring.assess(items: checklist.items, findings: findings, employees: 1350)
        #expect(a.level == .major)
        #expect(a.floors.first?.rule == .serious(.socialInsurance))
        #expect(a.floors.first?.items == ["SI-03"])
    }
}
