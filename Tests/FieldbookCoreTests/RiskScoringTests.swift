import Testing
@testable import FieldbookCore

@Suite("Risk scoring, hand-computed")
struct RiskScoringTests {
    static func item(_ code: String, weight: Int, critical: Bool = false) -> ChecklistItem {
        ChecklistItem(templateId: "t", templateVersion: 1, sectionCode: "S", code: code, position: 0,
                      label: Bilingual(zh: code, en: code), guidance: Bilingual(zh: "", en: ""),
                      legalBasis: Bilingual(zh: "", en: ""), weight: weight, critical: critical)
    }

    static let items = [item("A-01", weight: 3), item("A-02", weight: 2), item("A-03", weight: 1),
                        item("A-04", weight: 2), item("A-05", weight: 3, critical: true)]

    @Test("Given no answers, then the visit is not assessed and has no score")
    func nothingAnswered() {
        let a = RiskScoring.assess(items: Self.items, answers: [:])
        #expect(a.score == nil)
        #expect(a.level == .notAssessed)
        #expect(a.unansweredItems == 5)
    }

    @Test("Given only N/A answers, then the visit is not assessed")
    func onlyNotApplicable() {
        let a = RiskScoring.assess(items: Self.items, answers: ["A-01": .notApplicable, "A-02": .notApplicable])
        #expect(a.level == .notAssessed)
        #expect(a.answeredItems == 2)
    }

    @Test("Given all compliant, then the score is 0 and the level low")
    func allCompliant() {
        let answers = Dictionary(uniqueKeysWithValues: Self.items.map { ($0.code, AnswerValue.compliant) })
        let a = RiskScoring.assess(items: Self.items, answers: answers)
        #expect(a.score == 0)
        #expect(a.level == .low)
    }

    // A-03 (1) fails out of A-01 (3) + A-02 (2) + A-03 (1) + A-04 (2) = 8 → 12.5 → medium by score;
    // the only failure is record-keeping (weight 1) → ceiling low (docs/risk-scoring.md).
    @Test("Given weight 1 failed of 8 assessed, then 12.5, and low as record-keeping alone")
    func medium() {
        let a = RiskScoring.assess(items: Self.items, answers: [
            "A-01": .compliant, "A-02": .compliant, "A-03": .nonCompliant, "A-04": .compliant, "A-05": .notApplicable,
        ])
        #expect(a.score == 12.5)
        #expect(a.scoreLevel == .low)
        #expect(a.level == .low)
        #expect(a.assessedItems == 4)
        #expect(a.notApplicableItems == 1)
    }

    // A-01 (3) fails out of A-01 (3) + A-02 (2) + A-04 (2) = 7 → 42.857… → high by score; A-03
    // unanswered is left out. 7 points is a short check (< 20) → capped at medium; F1 → medium.
    @Test("Given weight 3 failed of 7 assessed with one unanswered, then 42.9, medium as a short check")
    func high() {
        let a = RiskScoring.assess(items: Self.items, answers: ["A-01": .nonCompliant, "A-02": .compliant, "A-04": .compliant])
        #expect(abs(a.score! - 300.0 / 7.0) < 1e-9)
        #expect(a.level == .medium)
        #expect(a.unansweredItems == 2)
    }

    // A-01 (3) + A-02 (2) fail out of 3 + 2 + 1 = 6 → 83.3 → major by score, but 6 points is a
    // short check → medium. With 20 more compliant points: 5 / 26 = 19.2 → medium by score.
    // With A-04 failing as well and 14 compliant points: (3 + 2 + 2) / (7 + 1 + 14) = 31.8 → high.
    @Test("Given 5 of 6 weight failed, then 83.3 but medium as a short check; a fuller check decides by score")
    func majorByScore() {
        let a = RiskScoring.assess(items: Self.items, answers: ["A-01": .nonCompliant, "A-02": .nonCompliant, "A-03": .compliant])
        #expect(abs(a.score! - 500.0 / 6.0) < 1e-9)
        #expect(a.level == .medium)
        let more = (1...7).map { Self.item("B-0\($0)", weight: 2) }
        var answers: [String: AnswerValue] = ["A-01": .nonCompliant, "A-02": .nonCompliant, "A-03": .compliant,
                                              "A-04": .nonCompliant]
        for item in more { answers[item.code] = .compliant }
        let b = RiskScoring.assess(items: Self.items + more, answers: answers)
        #expect(abs(b.score! - 700.0 / 22.0) < 1e-9)
        #expect(b.level == .high)
        // 21 failed weight-3 points and 20 compliant: 21 / 41 = 51.2 → major by score.
        let heavy = (1...7).map { Self.item("C-0\($0)", weight: 3) }
        var failing = Dictionary(uniqueKeysWithValues: heavy.map { ($0.code, AnswerValue.nonCompliant) })
        for item in (1...10).map({ Self.item("D-\($0)", weight: 2) }) { failing[item.code] = .compliant }
        let c = RiskScoring.assess(items: heavy + (1...10).map { Self.item("D-\($0)", weight: 2) }, answers: failing)
        #expect(c.scoreLevel == .major)
        #expect(c.level == .major)
    }

    // A-05 critical (3) fails out of 3 + 3 + 2 + 1 + 2 = 11 → 27.3, but critical → major.
    @Test("Given a critical item failed with a modest score, then major")
    func criticalForcesMajor() {
        let a = RiskScoring.assess(items: Self.items, answers: [
            "A-01": .compliant, "A-02": .compliant, "A-03": .compliant, "A-04": .compliant, "A-05": .nonCompliant,
        ])
        #expect(abs(a.score! - 300.0 / 11.0) < 1e-9)
        #expect(a.level == .major)
        #expect(a.criticalFailures == ["A-05"])
    }

    @Test("Thresholds: 9.99 low, 10 medium, 25 high, 50 major")
    func thresholds() {
        #expect(RiskScoring.level(score: 9.99, criticalFailure: false) == .low)
        #expect(RiskScoring.level(score: 10, criticalFailure: false) == .medium)
        #expect(RiskScoring.level(score: 25, criticalFailure: false) == .high)
        #expect(RiskScoring.level(score: 50, criticalFailure: false) == .major)
        #expect(RiskLevel.major.label(in: .zh) == "重大风险")
        #expect(RiskLevel.notAssessed.label(in: .en) == "not assessed")
    }

    @Test("Given a draft, when answers change, then its stored score follows; completion fixes it")
    func liveScoreInDatabase() throws {
        let db = try Fixtures.database()
        let e = try Fixtures.enterprise(db)
        let visit = try db.startVisit(enterpriseId: e.id, type: .riskScreening)
        // LC-01 weight 3 compliant, LC-06 weight 1 non-compliant: 1 / 4 = 25 → high by score;
        // record-keeping alone → low. WG-01 (3) failing too: 4 / 7 = 57 → short check → medium.
        try db.setAnswer(visitId: visit.id, itemCode: "LC-01", value: .compliant)
        let (_, assessment) = try db.setAnswer(visitId: visit.id, itemCode: "LC-06", value: .nonCompliant)
        #expect(assessment.score == 25)
        #expect(try db.visit(id: visit.id)?.visit.riskLevel == .low)
        try db.setAnswer(visitId: visit.id, itemCode: "WG-01", value: .nonCompliant)
        #expect(try db.visit(id: visit.id)?.visit.riskLevel == .medium)
        #expect(try db.visit(id: visit.id)?.visit.revision == 1)

        try db.setAnswer(visitId: visit.id, itemCode: "SP-01", value: .nonCompliant)
        let done = try db.completeVisit(id: visit.id)
        #expect(done.riskLevel == .major)
        let stored = try #require(try db.enterprise(id: e.id))
        #expect(stored.lastRiskLevel == .major)
        #expect(stored.lastVisitDate == Fixtures.today)
        #expect(stored.revision == e.revision)
    }
}
