import Foundation
import Testing
@testable import FieldbookCore

/// The review's examples (../shared/domain/checklist-review.md §5) and each floor of
/// docs/risk-scoring.md, with the expected levels worked out by hand in the comments.
@Suite("Risk verdicts with floors")
struct RiskVerdictTests {
    static let v1: [ChecklistItem] = {
        let checklist = try! TemplateStore.parse(try! Fixtures.sampleTemplateData, loadedAt: Timestamp(Fixtures.now))
        return checklist.items
    }()

    static let construction = ["CP-01", "CP-02", "CP-03", "CP-04", "CP-05", "CP-06"]
    static let dispatch = ["FE-01", "FE-02", "FE-03", "FE-04", "FE-05"]

    /// Every item answered: the failing ones non-compliant, `notApplicable` N/A, the rest compliant.
    static func full(_ items: [ChecklistItem], failing: [String: AnswerFigures], notApplicable: [String])
    -> [String: ScoredAnswer] {
        Dictionary(uniqueKeysWithValues: items.map { item in
            if let figures = failing[item.code] { return (item.code, ScoredAnswer(.nonCompliant, figures)) }
            return (item.code, ScoredAnswer(notApplicable.contains(item.code) ? .notApplicable : .compliant))
        })
    }

    static func rounded(_ score: Double?) -> Double? { score.map { ($0 * 10).rounded() / 10 } }

    // MARK: The review's examples, on checklist v1 (the shipped weights)

    // Construction (12) and FE-04, FE-05 (3) N/A: 82 − 15 = 67 checked; HR-02 (2) + SI-01 (3) = 5
    // failed → 7.5, low by score. SI-01 is a failed weight-3 obligation → F1 → medium. Only one
    // core area failed (HR is not one), and 65 of 1,860 is 3.5 % of the workforce: no higher floor.
    @Test("65 uninsured workers and 60 h/month overtime: 7.5, medium (was low)")
    func uninsuredAndOvertime() {
        let a = RiskScoring.assess(items: Self.v1, findings: Self.full(Self.v1,
            failing: ["HR-02": AnswerFigures(workers: 300, months: 1), "SI-01": AnswerFigures(workers: 65)],
            notApplicable: Self.construction + ["FE-04", "FE-05"]), employees: 1860)
        #expect(Self.rounded(a.score) == 7.5)
        #expect(a.scoreLevel == .low)
        #expect(a.level == .medium)
        #expect(a.decidingFloor?.rule == .coreObligation)
        #expect(a.decidingFloor?.items == ["SI-01"])
    }

    // Construction (12) and dispatch (9) N/A: 61 checked; WG-01 (3) + SI-02 (3) = 6 → 9.8, low by
    // score. Wages and social insurance both failed → F2 → high.
    @Test("Below-minimum wages and underpaid insurance: 9.8, high (was low)")
    func wagesAndInsurance() {
        let a = RiskScoring.assess(items: Self.v1, findings: Self.full(Self.v1,
            failing: ["WG-01": .none, "SI-02": .none], notApplicable: Self.construction + Self.dispatch),
            employees: 320)
        #expect(Self.rounded(a.score) == 9.8)
        #expect(a.level == .high)
        #expect(a.decidingFloor?.rule == .coreAreas([.wages, .socialInsurance]))
        #expect(a.floors.first?.explanation(in: .zh) == "不低于高风险：工资支付、社会保险多方面不符合（WG-01、SI-02）")
    }

    // Construction (12) and FE-01…03 (6) N/A: 64 checked; FE-05 2 + SI-03 3 + SI-02 3 + LC-01 3 +
    // HR-01 2 + HR-02 2 = 15 → 23.4, medium by score. Contracts and social insurance failed → F2
    // high; LC-01 records 1,140 of 1,350 (84 % > 30 %) → F3 high as well. v1 names no serious
    // categories, so nothing makes it major.
    @Test("1,140 of 1,350 riders without contracts or injury cover: 23.4, high (was medium)")
    func riders() {
        let a = RiskScoring.assess(items: Self.v1, findings: Self.full(Self.v1,
            failing: ["FE-05": .none, "SI-03": AnswerFigures(workers: 1140), "SI-02": .none,
                      "LC-01": AnswerFigures(workers: 1140), "HR-01": .none, "HR-02": .none],
            notApplicable: Self.construction + ["FE-01", "FE-02", "FE-03"]), employees: 1350)
        #expect(Self.rounded(a.score) == 23.4)
        #expect(a.scoreLevel == .medium)
        #expect(a.level == .high)
        #expect(a.floors.map(\.rule).contains(.workforceShare))
    }

    // Construction and dispatch N/A: 61 checked; LC-01, LC-02, SI-01, SI-02, SI-03 (3 each) = 15
    // → 24.6, medium by score. Contracts and social insurance → F2 → high.
    @Test("No contracts and no insurance for anyone: 24.6, high (was medium)")
    func nothingSigned() {
        let a = RiskScoring.assess(items: Self.v1, findings: Self.full(Self.v1,
            failing: ["LC-01": .none, "LC-02": .none, "SI-01": .none, "SI-02": .none, "SI-03": .none],
            notApplicable: Self.construction + Self.dispatch), employees: 40)
        #expect(Self.rounded(a.score) == 24.6)
        #expect(a.level == .high)
    }

    // Only LC-06 (weight 1) answered, non-compliant: 1 of 1 → 100, major by score before. Every
    // failure is record-keeping → ceiling low; the check weighs 1 < 20 → short as well. No floor.
    @Test("A short check failing only the roster item: 100, low (was major)")
    func rosterOnly() {
        let a = RiskScoring.assess(items: Self.v1, findings: ["LC-06": ScoredAnswer(.nonCompliant)], employees: 12)
        #expect(a.score == 100)
        #expect(a.level == .low)
        #expect(a.floors.isEmpty)
    }

    // MARK: Each rule on small hand-made checklists

    static func item(_ code: String, weight: Int, area: CoreArea? = nil, critical: Bool = false,
                     serious: SeriousViolation? = nil, signal: Bool = false) -> ChecklistItem {
        ChecklistItem(templateId: "t", templateVersion: 1, sectionCode: String(code.prefix(2)), code: code, position: 0,
                      label: Bilingual(zh: code, en: code), guidance: Bilingual(zh: "", en: ""),
                      legalBasis: Bilingual(zh: "", en: ""), weight: weight, critical: critical,
                      area: area, serious: serious, signal: signal)
    }

    /// Ten compliant weight-2 fillers (20 points): enough that the check is not short.
    static let fillers = (1...10).map { item("XX-\($0)", weight: 2) }
    static func withFillers(_ answers: [String: ScoredAnswer]) -> [String: ScoredAnswer] {
        var all = answers
        for filler in fillers { all[filler.code] = ScoredAnswer(.compliant) }
        return all
    }

    // 3 of 3 + 20 = 23 → 13.0, medium by score; F1 adds medium: medium.
    // With 40 more compliant points: 3/63 = 4.8 → low by score, F1 → medium.
    @Test("F1: a failed weight-3 item is at least medium")
    func weightThree() {
        let core = Self.item("LC-01", weight: 3, area: .contracts)
        let more = (11...30).map { Self.item("XX-\($0)", weight: 2) }
        var answers = Self.withFillers(["LC-01": ScoredAnswer(.nonCompliant)])
        for filler in more { answers[filler.code] = ScoredAnswer(.compliant) }
        let a = RiskScoring.assess(items: [core] + Self.fillers + more, findings: answers, employees: nil)
        #expect(Self.rounded(a.score) == 4.8)
        #expect(a.scoreLevel == .low)
        #expect(a.level == .medium)
    }

    // Weight-2 failures in contracts and wages: 4 / 24 = 16.7 → medium; F2 → high. Two weight-1
    // failures in the same areas raise nothing: record-keeping, and 2 / 22 = 9.1 → low.
    @Test("F2: failures (weight ≥ 2) in two core areas are at least high; record-keeping ones are not")
    func twoAreas() {
        let items = [Self.item("LC-03", weight: 2, area: .contracts), Self.item("WG-03", weight: 2, area: .wages)]
            + Self.fillers
        let a = RiskScoring.assess(items: items, findings: Self.withFillers(
            ["LC-03": ScoredAnswer(.nonCompliant), "WG-03": ScoredAnswer(.nonCompliant)]), employees: nil)
        #expect(a.level == .high)
        let light = [Self.item("LC-06", weight: 1, area: .contracts), Self.item("WG-06", weight: 1, area: .wages)]
            + Self.fillers
        let b = RiskScoring.assess(items: light, findings: Self.withFillers(
            ["LC-06": ScoredAnswer(.nonCompliant), "WG-06": ScoredAnswer(.nonCompliant)]), employees: nil)
        #expect(Self.rounded(b.score) == 9.1)
        #expect(b.level == .low)
    }

    // HR-02 (weight 2) failed: 2 / 22 = 9.1 → low. 31 of 100 workers (31 % > 30 %) → F3 → high;
    // 30 of 100 (exactly 30 %) is not more than the share → low.
    @Test("F3: more than 30 % of the workforce affected is at least high")
    func workforceShare() {
        let items = [Self.item("HR-02", weight: 2)] + Self.fillers
        func level(_ workers: Int) -> RiskLevel {
            RiskScoring.assess(items: items, findings: Self.withFillers(
                ["HR-02": ScoredAnswer(.nonCompliant, AnswerFigures(workers: workers))]), employees: 100).level
        }
        #expect(level(31) == .high)
        #expect(level(30) == .low)
    }

    @Test("F4: a critical item failed is major whatever the score")
    func critical() {
        let items = [Self.item("SP-01", weight: 3, critical: true, serious: .childLabour)] + Self.fillers
            + (11...60).map { Self.item("XX-\($0)", weight: 2) }
        var answers = Self.withFillers(["SP-01": ScoredAnswer(.nonCompliant, AnswerFigures(workers: 1))])
        for item in items where item.code.hasPrefix("XX-") { answers[item.code] = ScoredAnswer(.compliant) }
        let a = RiskScoring.assess(items: items, findings: answers, employees: 500)
        #expect(a.score! < 3)
        #expect(a.level == .major)
        #expect(a.criticalFailures == ["SP-01"])
    }

    // WG-05 (weight 3) alone in a short wage check: 3 / 3 = 100, capped medium (short check); F1
    // medium. 10 workers, or 30,000 yuan, is large or collective arrears → F5 → major; 9 workers
    // owed 29,999 yuan stays medium.
    @Test("F5: wage arrears from 10 workers or 30,000 yuan are major")
    func wageArrears() {
        let items = [Self.item("WG-05", weight: 3, area: .wages, serious: .wageArrears)]
        func level(_ figures: AnswerFigures) -> RiskLevel {
            RiskScoring.assess(items: items, findings: ["WG-05": ScoredAnswer(.nonCompliant, figures)],
                               employees: 460).level
        }
        #expect(level(AnswerFigures(workers: 10)) == .major)
        #expect(level(AnswerFigures(workers: 2, amountYuan: 30_000)) == .major)
        #expect(level(AnswerFigures(workers: 9, amountYuan: 29_999)) == .medium)
        #expect(level(.none) == .medium)
    }

    @Test("F5: social insurance for more than half the workforce (≥ 10 workers) is major")
    func insurance() {
        let items = [Self.item("SI-01", weight: 3, area: .socialInsurance, serious: .socialInsurance)] + Self.fillers
        func level(_ workers: Int, of employees: Int) -> RiskLevel {
            RiskScoring.assess(items: items, findings: Self.withFillers(
                ["SI-01": ScoredAnswer(.nonCompliant, AnswerFigures(workers: workers))]), employees: employees).level
        }
        #expect(level(51, of: 100) == .major)
        #expect(level(50, of: 100) == .high)   // F3: 50 % > 30 %
        #expect(level(9, of: 12) == .high)     // too few to be serious; F3 still
        #expect(level(65, of: 1860) == .medium) // F1 only
    }

    @Test("F5: hours need 10 workers for 3 months; female/minor protection 3 workers")
    func hoursAndProtection() {
        let hours = [Self.item("HR-02", weight: 2, serious: .workingHours)] + Self.fillers
        func hoursLevel(_ workers: Int, _ months: Int) -> RiskLevel {
            RiskScoring.assess(items: hours, findings: Self.withFillers(
                ["HR-02": ScoredAnswer(.nonCompliant, AnswerFigures(workers: workers, months: months))]),
                employees: 1000).level
        }
        #expect(hoursLevel(10, 3) == .major)
        #expect(hoursLevel(10, 2) == .low)
        #expect(hoursLevel(9, 6) == .low)
        let protection = [Self.item("SP-04", weight: 2, serious: .femaleMinorProtection)] + Self.fillers
        func protectionLevel(_ workers: Int) -> RiskLevel {
            RiskScoring.assess(items: protection, findings: Self.withFillers(
                ["SP-04": ScoredAnswer(.nonCompliant, AnswerFigures(workers: workers))]), employees: 1000).level
        }
        #expect(protectionLevel(3) == .major)
        #expect(protectionLevel(2) == .low)
    }

    // A signal is not scored: only the fillers count, 0 / 20 → low; the signal → medium. A
    // critical signal (collective incident) → major.
    @Test("F6: a risk signal is at least medium and does not enter the score")
    func signals() {
        let items = [Self.item("RS-02", weight: 1, signal: true), Self.item("RS-01", weight: 1, critical: true,
                                                                          serious: .socialImpact, signal: true)]
            + Self.fillers
        let a = RiskScoring.assess(items: items, findings: Self.withFillers(["RS-02": ScoredAnswer(.nonCompliant),
                                                                             "RS-01": ScoredAnswer(.compliant)]),
                                   employees: nil)
        #expect(a.score == 0)
        #expect(a.level == .medium)
        let b = RiskScoring.assess(items: items, findings: Self.withFillers(["RS-01": ScoredAnswer(.nonCompliant)]),
                                   employees: nil)
        #expect(b.level == .major)
    }

    // Short check: one weight-2 item failed of 2 + 2 checked → 50, major by score before; the
    // check weighs 4 < 20 → at most medium.
    @Test("A short check's score alone gives at most medium")
    func shortCheck() {
        let items = [Self.item("HR-05", weight: 2), Self.item("HR-03", weight: 2)]
        let a = RiskScoring.assess(items: items, findings: ["HR-05": ScoredAnswer(.nonCompliant),
                                                            "HR-03": ScoredAnswer(.compliant)], employees: nil)
        #expect(a.score == 50)
        #expect(a.level == .medium)
    }
}
