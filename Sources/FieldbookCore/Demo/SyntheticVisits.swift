import Foundation
import GRDB

/// Draws synthetic visits with their answers and recommendations (`draw`) and stores them straight
/// through prepared statements (`write`, bulk speed): a visit's score and risk level come from `RiskScoring`, a
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

    /// One visit drawn: every value its rows will hold, so that drawing (the random source,
    /// the risk assessment, the texts) can run on another thread than the writing
    /// (`SyntheticPipeline`). The draws happen in the order the rows' columns are written.
    struct Drawn: Sendable {
        struct Answer: Sendable {
            let id: String
            let code: String
            let value: AnswerValue
        }
        struct Recommendation: Sendable {
            let id: String
            let itemCodes: String
            let text: String
            let priority: RecommendationPriority
            let deadline: LocalDate
            let status: RecommendationStatus
            let rectifiedOn: LocalDate?
            let verifiedOn: LocalDate?
        }
        let id: String
        let enterpriseId: String
        let date: LocalDate
        let start: TimeOfDay
        let end: TimeOfDay
        let type: VisitType
        let inspectors: String
        let employees: Int
        let contracts: Int
        let insured: Int
        let dispatched: Int
        let migrant: Int
        let attendees: Int?
        let state: String
        let stamp: String
        let score: Double?
        let level: RiskLevel
        let answers: [Answer]
        let recommendations: [Recommendation]
    }

    func draw(at target: Target, _ random: inout SeededRandom, ids: inout SyntheticIDs) -> Drawn {
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
        let inspectors = "[\"\(random.pick(inspectorNames))\",\"\(random.pick(inspectorNames))\"]"
        let insured = contracts - random.below(contracts / 10 + 1)
        let dispatched = random.below(employees / 12 + 1)
        let attendees = type == .policyBriefing ? random.int(in: 15...120) : nil

        var answers: [Drawn.Answer] = []
        answers.reserveCapacity(values.count)
        for code in codes {
            guard let value = values[code] else { continue }
            answers.append(.init(id: ids.next(&random), code: code, value: value))
        }

        var recommendations: [Drawn.Recommendation] = []
        for index in items.indices where values[codes[index]] == .nonCompliant && random.chance(75) {
            let item = items[index]
            let priority: RecommendationPriority = item.critical || item.weight == 3 ? .high : item.weight == 2 ? .medium : .low
            let deadline = date.adding(days: priority.defaultDeadlineDays)
            let (status, rectified, verified) = Self.progress(deadline: deadline, today: today, &random)
            let id = ids.next(&random)
            recommendations.append(.init(id: id, itemCodes: "[\"\(item.code)\"]",
                                         text: "请限期整改：\(item.labelZh)（\(item.legalBasisZh)）。", priority: priority,
                                         deadline: deadline, status: status, rectifiedOn: rectified, verifiedOn: verified))
        }
        return Drawn(id: visitId, enterpriseId: target.id, date: date, start: start, end: end, type: type,
                     inspectors: inspectors, employees: employees, contracts: contracts, insured: insured,
                     dispatched: dispatched, migrant: migrant, attendees: attendees, state: state, stamp: stamp,
                     score: assessment.score, level: assessment.level, answers: answers,
                     recommendations: recommendations)
    }

    /// Writes a drawn visit's rows, bound in the order of the columns.
    mutating func write(_ visit: Drawn, _ db: Database, _ change: ChangeContext) throws {
        var row = BulkInsert(try db.cachedStatement(sql: Self.visitSQL))
        for text in [visit.id, visit.enterpriseId, visit.date.description, visit.start.description,
                     visit.end.description, visit.type.rawValue, visit.inspectors, "企业负责人、人事专员"] {
            row.text(text)
        }
        row.int(visit.employees)
        row.int(visit.contracts)
        row.int(visit.insured)
        row.int(visit.dispatched)
        row.int(visit.migrant)
        row.int(visit.attendees)
        row.text("")
        row.text(visit.state == "completed" ? "completed" : "draft")
        row.text(visit.state == "completed" ? visit.stamp : nil)
        row.text(visit.state == "reopened" ? "企业补交了工资台账，需更正工资项结论" : nil)
        row.text(templateId)
        row.int(templateVersion)
        row.double(visit.score)
        row.text(visit.level.rawValue)
        row.text(inspectorId)
        row.text(visit.stamp)
        row.int64(change.changeSeq)
        try row.run(db)

        if !visit.answers.isEmpty {
            var answer = BulkInsert(try db.cachedStatement(sql: Self.answerSQL(rows: visit.answers.count)))
            for drawn in visit.answers {
                answer.text(drawn.id)
                answer.text(visit.id)
                answer.text(drawn.code)
                answer.text(drawn.value.rawValue)
                answer.text(drawn.value == .nonCompliant ? "现场抽查发现问题，已当场告知企业" : "")
                answer.text(visit.stamp)
                answer.int64(change.changeSeq)
            }
            try answer.run(db)
            answers += visit.answers.count
        }

        for drawn in visit.recommendations {
            var recommendation = BulkInsert(try db.cachedStatement(sql: Self.recommendationSQL))
            for text in [drawn.id, visit.id, visit.enterpriseId, drawn.itemCodes, drawn.text, drawn.priority.rawValue,
                         drawn.deadline.description, drawn.status.rawValue, visit.date.description] {
                recommendation.text(text)
            }
            recommendation.text(drawn.rectifiedOn?.description)
            recommendation.text(drawn.verifiedOn?.description)
            // Closing needs evidence (RecommendationTransition): what a re-check records.
            recommendation.text(drawn.status == .closed ? "复查现场核实，企业已提交整改材料" : nil)
            recommendation.text(visit.stamp)
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
