import Foundation
import GRDB

/// What `fillDemo` made, for the command's message and the tests.
public struct DemoSummary: Sendable, Equatable {
    public var enterprises: Int
    public var visits: Int
    public var recommendations: Int
}

extension AppDatabase {
    /// The demo inspector, who appears in every demo database.
    public static let demoInspectorName = "李明"

    /// Fills an empty database with the lived-in demo: an inspector (and device identity), the
    /// sample registry, the sample checklist, and the visits of `DemoVisitScript` — drafts,
    /// completed and reopened visits with answers, and recommendations open (some overdue, some
    /// due soon), rectified and closed after a re-check (with evidence), one linked to its follow-up visit.
    ///
    /// Every step goes through the invariant-keeping stores, each visit under a clock set to its
    /// own day and hour, so revisions, audit events and timestamps look as if the inspector had
    /// really worked those days. "Today" is this database's clock.
    @discardableResult
    public func fillDemo(language: Language) throws -> DemoSummary {
        try initialize(inspectorName: Self.demoInspectorName, district: "张湾区", language: language)
        let csv = try EnterpriseCSV.read(DemoSamples.enterprisesCSV, file: "enterprises.csv")
        _ = try importEnterprises(csv, file: "enterprises.csv", skipInvalid: false)
        let (checklist, _) = try loadTemplate(data: DemoSamples.checklistJSON)
        let reportTo = try documentSettings().issuer
        let added = try demoProject()

        let today = clock.today()
        var visitIds: [String] = []
        var recommendationIds: [[String]] = []
        for visit in DemoVisitScript.visits {
            let (id, recs) = try demoVisit(visit, checklist: checklist, reportTo: reportTo, today: today)
            visitIds.append(id)
            recommendationIds.append(recs)
        }
        // Progress on the recommendations, each on the day it happened.
        for (v, visit) in DemoVisitScript.visits.enumerated() {
            for (r, rec) in visit.recommendations.enumerated() {
                let id = recommendationIds[v][r]
                if let days = rec.rectifiedDaysAgo {
                    try on(today.adding(days: -days), at: "16:00")
                        .changeRecommendationStatus(id: id, .rectified(evidence: rec.rectificationReport),
                                                    on: today.adding(days: -days))
                }
                if let days = rec.recheckFailedDaysAgo {
                    let day = today.adding(days: -days)
                    try on(day, at: "15:00").changeRecommendationStatus(
                        id: id, .recheckFailed(newDeadline: day.adding(days: rec.newDeadlineDays ?? 7)), on: day)
                }
                if let days = rec.referredDaysAgo, let target = rec.referredTo {
                    let day = today.adding(days: -days)
                    try on(day, at: "09:30").changeRecommendationStatus(id: id, .referred(to: target), on: day)
                }
                if let days = rec.verifiedDaysAgo {
                    let day = today.adding(days: -days)
                    let database = try on(day, at: "15:30")
                    try database.changeRecommendationStatus(id: id, .closed(evidence: rec.recheckEvidence), on: day)
                    if let followUp = rec.followUpVisit {
                        try database.linkFollowUp(recommendationId: id, visitId: visitIds[followUp])
                    }
                }
            }
        }
        return DemoSummary(enterprises: csv.rows.count + added, visits: visitIds.count,
                           recommendations: recommendationIds.joined().count)
    }

    /// The enterprises added in the field (the project owner, the out-of-town subcontractor) and
    /// the construction project, before the visits about it; returns how many enterprises it added.
    private func demoProject() throws -> Int {
        let start = try on(clock.today().adding(days: -45), at: "08:30")
        for field in DemoVisitScript.fieldEnterprises {
            try start.createEnterprise(Enterprise(
                creditCode: field.creditCode, name: field.name, address: field.address, district: field.district,
                industry: field.industry, ownershipType: field.ownershipType, employeeCount: field.employees,
                contactPerson: field.contactPerson, phone: field.phone, source: .field, outOfTown: field.outOfTown))
        }
        let script = DemoVisitScript.project
        func id(_ code: String) throws -> String {
            guard let enterprise = try enterprise(creditCode: code) else { throw CoreError.notFound(FieldName.enterprise, id: code) }
            return enterprise.id
        }
        try start.createProject(Project(name: script.name, location: script.location, ownerId: try id(script.owner),
                                        generalContractorId: try id(script.generalContractor),
                                        subcontractorIds: try script.subcontractors.map(id)))
        return DemoVisitScript.fieldEnterprises.count
    }

    /// Records one scripted visit (start, fields, answers, recommendations, completion, reopening).
    private func demoVisit(_ script: DemoVisitScript.Visit, checklist: Checklist, reportTo: Bilingual,
                           today: LocalDate) throws -> (String, [String]) {
        guard let enterprise = try enterprise(creditCode: script.creditCode) else {
            throw CoreError.notFound(FieldName.enterprise, id: script.creditCode)
        }
        let date = today.adding(days: -script.daysAgo)
        let database = try on(date, at: script.end.isEmpty ? script.start : script.end)
        let inspector = try currentInspector()?.name ?? Self.demoInspectorName
        return try database.write { db, change in
            var visit = try VisitStore.start(enterpriseId: enterprise.id, type: script.type, date: date,
                                             templateId: checklist.template.id,
                                             templateVersion: checklist.template.version,
                                             inspectors: [inspector, "王芳"], db, change)
            visit.startTime = TimeOfDay(script.start)
            visit.endTime = TimeOfDay(script.end)
            visit.personsMet = script.personsMet
            visit.workforce = script.workforce
            visit.attendees = script.attendees
            visit.notes = script.notes
            if let facts = script.typeFacts {
                visit.place = facts.place ?? visit.place
                visit.summonedPerson = facts.summonedPerson
                visit.summonedRole = facts.summonedRole
                visit.summonsReason = facts.summonsReason
                visit.talkRecord = facts.talkRecord
                visit.commitments = facts.commitments
                visit.commitmentDate = facts.commitmentDays.map { date.adding(days: $0) }
                visit.attendeeNames = facts.attendeeNames
                visit.materials = facts.materials
                visit.materialsCount = facts.materialsCount
                visit.questionsAnswered = facts.questionsAnswered
                visit.legalSessions = facts.legalSessions
                for code in facts.participants {
                    guard let attending = try Enterprise.filter(Enterprise.Columns.creditCode == code).fetchOne(db) else {
                        throw CoreError.notFound(FieldName.enterprise, id: code)
                    }
                    _ = try VisitParticipantStore.add(visitId: visit.id, enterpriseId: attending.id, db, change)
                }
            }
            if script.aboutProject {
                visit.projectId = try Project.filter(Project.Columns.name == DemoVisitScript.project.name).fetchOne(db)?.id
            }
            visit.dispatchAgency = script.dispatchAgency ? true : nil
            // Judges the construction and dispatch items against the enterprise's party.
            visit = try VisitStore.update(visit, db, change)
            let bound = try Set(String.fetchAll(db, sql: "SELECT itemCode FROM answer WHERE visitId = ? AND note LIKE ?",
                                                arguments: [visit.id, DutyBinding.notePrefix + "%"]))

            if let failing = script.nonCompliant {
                // The items the binding rule marked are left as it wrote them (whose duty they are).
                for item in checklist.items.prefix(script.answeredCount ?? checklist.items.count) where !bound.contains(item.code) {
                    let value: AnswerValue = failing.contains(item.code) ? .nonCompliant
                        : script.notApplicable.contains(item.code) ? .notApplicable : .compliant
                    _ = try AnswerStore.set(visitId: visit.id, itemCode: item.code, value: value,
                                            note: script.notesOnItems[item.code],
                                            figures: value == .nonCompliant ? script.figures[item.code] : nil, db, change)
                }
            }
            for (code, (authority, note)) in script.referrals.sorted(by: { $0.key < $1.key }) {
                _ = try AnswerReferral.set(visitId: visit.id, itemCode: code, to: authority, note: note, db, change)
            }
            var recommendationIds: [String] = []
            for rec in script.recommendations {
                // As the form sets it: the scripted days, else the item's own period (working days
                // skip weekends and holidays), else the priority's default.
                let item = rec.items.count == 1 ? checklist.item(code: rec.items[0]) : nil
                let itemPeriod = item.flatMap(RectificationPeriod.init(item:))
                let deadline = rec.deadlineDays.map { date.adding(days: $0) } ?? itemPeriod?.due(from: date)
                    ?? date.adding(days: rec.priority.defaultDeadlineDays)
                let text = try rec.text ?? prefill(rec.items, checklist: checklist, figures: script.figures,
                                                   deadline: deadline, visitDate: date, reportTo: reportTo)
                recommendationIds.append(try RecommendationStore.add(
                    visitId: visit.id, itemCodes: rec.items, text: text, priority: rec.priority,
                    deadline: deadline, db, change).id)
            }
            if script.completed { _ = try VisitStore.complete(id: visit.id, db, change) }
            if let reason = script.reopenReason { _ = try VisitStore.reopen(id: visit.id, reason: reason, db, change) }
            return (visit.id, recommendationIds)
        }
    }

    /// The bureau's opinion the recommendation form prefills for one item, in Chinese as the bureau
    /// issues it (whatever the interface language), with the scripted deadline.
    private func prefill(_ items: [String], checklist: Checklist, figures: [String: AnswerFigures],
                         deadline: LocalDate, visitDate: LocalDate, reportTo: Bilingual) throws -> String {
        guard items.count == 1, let item = checklist.item(code: items[0]),
              let text = RecommendationPrefill.text(item: item, figures: figures[item.code] ?? .none, deadline: deadline,
                                                    atOnce: deadline == visitDate, reportTo: reportTo, language: .zh)
        else {
            throw CoreError.unknownItem(code: items.joined(separator: ","),
                                        template: "\(checklist.template.id) v\(checklist.template.version)")
        }
        return text
    }

    /// This database seen through a clock that reads `time` on `date` in the same time zone.
    private func on(_ date: LocalDate, at time: String) throws -> AppDatabase {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = clock.timeZone
        let t = TimeOfDay(time) ?? TimeOfDay(hour: 17, minute: 0)!
        let instant = calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day,
                                                         hour: t.hour, minute: t.minute))!
        let zone = clock.timeZone
        return try AppDatabase(writer, clock: AppClock(timeZone: zone) { instant })
    }
}
