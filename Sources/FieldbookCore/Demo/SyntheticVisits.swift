import Foundation
import GRDB

/// Makes and stores synthetic visits with their answers and recommendations, straight through
/// prepared statements (bulk speed): a visit's score and risk level come from `RiskScoring`, a
/// recommendation's deadline from its priority, its status from how long ago the visit was.
/// The enterprise summary columns are refreshed once at the end (`SyntheticData`).
struct SyntheticVisits {
    struct Target {
        let id: String
        let employees: Int
        /// Percent of checked items an enterprise typically fails.
        let failureRate: Int
    }

    let items: [ChecklistItem]
    /// The items' codes in checklist order (read in the inner loops without copying whole items).
    let codes: [String]
    let critical: [Bool]
    let templateId: String
    let templateVersion: Int
    let today: LocalDate
    let timeZone: TimeZone
    let inspectorId: String?
    let inspectorNames: [String]

    private(set) var answers = 0
    private(set) var recommendations = 0

    init(checklist: Checklist, today: LocalDate, timeZone: TimeZone, inspector: Inspector?) {
        items = checklist.items
        codes = checklist.items.map(\.code)
        critical = checklist.items.map(\.critical)
        templateId = checklist.template.id
        templateVersion = checklist.template.version
        self.today = today
        self.timeZone = timeZone
        inspectorId = inspector?.id
        inspectorNames = [inspector?.name ?? "李明", "王芳", "张伟", "陈静", "刘洋", "赵磊"]
    }

    private static let visitSQL = """
        INSERT INTO siteVisit (id, enterpriseId, date, startTime, endTime, type, inspectors, personsMet,
          employees, writtenContracts, socialInsuranceEnrolled, dispatchedWorkers, migrantWorkers, attendees,
          notes, status, completedAt, reopenReason, templateId, templateVersion, score, riskLevel, createdBy,
          revision, updatedAt, changeSeq)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)
        """
    /// One statement for all of a visit's answers (`rows` of them): per-statement work (binding
    /// set-up, the statement's end) was a fifth of the visit phase with one row per statement.
    private static func answerSQL(rows: Int) -> String {
        "INSERT INTO answer (id, visitId, itemCode, value, note, revision, updatedAt, changeSeq) VALUES "
            + Array(repeating: "(?, ?, ?, ?, ?, 1, ?, ?)", count: rows).joined(separator: ", ")
    }
    private static let recommendationSQL = """
        INSERT INTO recommendation (id, visitId, enterpriseId, itemCodes, text, priority, deadline, status,
          createdOn, rectifiedOn, verifiedOn, evidenceNote, revision, updatedAt, changeSeq)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)
        """

    /// Checklist-driven visit types answer every item; the others touch a few at most.
    private static let types: [(VisitType, Int)] = [
        (.riskScreening, 55), (.wageArrearsCheck, 10), (.policyBriefing, 10), (.summons, 8),
        (.mobileArbitration, 7), (.harmoniousAssessment, 5), (.complaintFollowUp, 5),
    ]

    mutating func insert(at target: Target, _ random: inout SeededRandom, ids: inout SyntheticIDs,
                         _ db: Database, _ change: ChangeContext) throws {
        let visitId = ids.next(&random)
        let type = random.weighted(Self.types)
        let daysAgo = random.below(730)
        let date = today.adding(days: -daysAgo)
        // Recent visits may still be drafts; now and then a completed one was reopened.
        let state = daysAgo < 14 && random.chance(40) ? "draft" : random.chance(2) ? "reopened" : "completed"
        let start = TimeOfDay(hour: random.int(in: 8...15), minute: random.pick([0, 10, 15, 20, 30, 40, 45, 50]))!
        let end = TimeOfDay(hour: start.hour + random.int(in: 1...2), minute: start.minute)!
        let stamp = Self.instant(date, end, timeZone).iso8601

        // Answers: the whole checklist for checklist-driven types (a prefix of it for drafts).
        // Items by position: copying whole `ChecklistItem`s (a dozen strings each) in these loops
        // was a tenth of the visit phase.
        let full = [.riskScreening, .wageArrearsCheck, .harmoniousAssessment].contains(type)
        var answered = full ? Array(items.indices) : (0..<random.below(4)).map { _ in random.below(items.count) }
        if state == "draft" { answered = Array(answered.prefix(random.below(answered.count + 1))) }
        var values: [String: AnswerValue] = [:]
        for index in answered where values[codes[index]] == nil {
            // Critical failures (child labour, unpaid migrant wages) are rarer than the rest.
            let failure = critical[index] ? max(1, target.failureRate / 6) : target.failureRate
            values[codes[index]] = random.chance(6) ? .notApplicable
                : random.chance(failure) ? .nonCompliant : .compliant
        }
        let assessment = RiskScoring.assess(items: items, answers: values)

        let employees = max(1, target.employees + random.int(in: -5...5))
        let contracts = employees - (random.chance(target.failureRate * 2) ? random.below(employees / 5 + 1) : 0)
        let migrant = random.chance(40) ? random.below(employees / 2 + 1) : 0
        // Values are bound in the order of the columns, and drawn from `random` in that order.
        var visit = BulkInsert(try db.cachedStatement(sql: Self.visitSQL))
        for text in [visitId, target.id, date.description, start.description, end.description, type.rawValue,
                     "[\"\(random.pick(inspectorNames))\",\"\(random.pick(inspectorNames))\"]", "企业负责人、人事专员"] {
            visit.text(text)
        }
        visit.int(employees)
        visit.int(contracts)
        visit.int(contracts - random.below(contracts / 10 + 1))
        visit.int(random.below(employees / 12 + 1))
        visit.int(migrant)
        visit.int(type == .policyBriefing ? random.int(in: 15...120) : nil)
        visit.text("")
        visit.text(state == "completed" ? "completed" : "draft")
        visit.text(state == "completed" ? stamp : nil)
        visit.text(state == "reopened" ? "企业补交了工资台账，需更正工资项结论" : nil)
        visit.text(templateId)
        visit.int(templateVersion)
        visit.double(assessment.score)
        visit.text(assessment.level.rawValue)
        visit.text(inspectorId)
        visit.text(stamp)
        visit.int64(change.changeSeq)
        try visit.run(db)

        if !values.isEmpty {
            var answer = BulkInsert(try db.cachedStatement(sql: Self.answerSQL(rows: values.count)))
            for code in codes {
                guard let value = values[code] else { continue }
                answer.text(ids.next(&random))
                answer.text(visitId)
                answer.text(code)
                answer.text(value.rawValue)
                answer.text(value == .nonCompliant ? "现场抽查发现问题，已当场告知企业" : "")
                answer.text(stamp)
                answer.int64(change.changeSeq)
            }
            try answer.run(db)
            answers += values.count
        }

        for index in items.indices where values[codes[index]] == .nonCompliant && random.chance(75) {
            let item = items[index]
            let priority: RecommendationPriority = item.critical || item.weight == 3 ? .high : item.weight == 2 ? .medium : .low
            let deadline = date.adding(days: priority.defaultDeadlineDays)
            let (status, rectified, verified) = Self.progress(deadline: deadline, today: today, &random)
            var recommendation = BulkInsert(try db.cachedStatement(sql: Self.recommendationSQL))
            for text in [ids.next(&random), visitId, target.id, "[\"\(item.code)\"]",
                         "请限期整改：\(item.labelZh)（\(item.legalBasisZh)）。", priority.rawValue, deadline.description,
                         status.rawValue, date.description] {
                recommendation.text(text)
            }
            recommendation.text(rectified?.description)
            recommendation.text(verified?.description)
            // Closing needs evidence (RecommendationTransition): what a re-check records.
            recommendation.text(status == .closed ? "复查现场核实，企业已提交整改材料" : nil)
            recommendation.text(stamp)
            recommendation.int64(change.changeSeq)
            try recommendation.run(db)
            recommendations += 1
        }
    }

    /// Older recommendations are mostly closed; some open ones are left overdue.
    private static func progress(deadline: LocalDate, today: LocalDate, _ random: inout SeededRandom)
    -> (RecommendationStatus, LocalDate?, LocalDate?) {
        guard deadline < today.adding(days: 10) else { return (.open, nil, nil) }
        let rectifiedOn = deadline.adding(days: -random.below(5))
        let roll = random.below(100)
        if deadline < today.adding(days: -30) {
            if roll < 65 { return (.closed, rectifiedOn, rectifiedOn.adding(days: random.int(in: 3...20))) }
            if roll < 88 { return (.rectified, rectifiedOn, nil) }
            return (.open, nil, nil)
        }
        if roll < 45 { return (.open, nil, nil) }
        if roll < 85 { return (.rectified, min(rectifiedOn, today), nil) }
        return (.closed, min(rectifiedOn, today), today)
    }

    /// The instant of `time` on `date` in the inspector's zone.
    private static func instant(_ date: LocalDate, _ time: TimeOfDay, _ zone: TimeZone) -> Timestamp {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let components = DateComponents(year: date.year, month: date.month, day: date.day,
                                        hour: time.hour, minute: time.minute)
        return Timestamp(calendar.date(from: components)!)
    }
}
