import FieldbookCore
import Foundation
import GRDB

/// Field data made up for sync tests and benchmarks: a checklist template, registry
/// enterprises, and days of completed visits with an answer per item, recommendations and audit
/// events — written the way the app writes them (revisions, change numbers, one transaction per
/// visit). Deterministic for a given seed.
public enum SyncSampleData {
    public static let templateId = "sync-sample"

    /// Loads a one-section template with `items` items (version 1) unless present; returns the item codes.
    @discardableResult
    public static func ensureTemplate(_ database: AppDatabase, items: Int = 40) throws -> [String] {
        try database.write { db, change in
            let codes = (1...items).map { "S-" + (($0 < 10) ? "0" : "") + String($0) }
            guard try !ChecklistTemplate.exists(db, key: ["id": templateId, "version": 1]) else { return codes }
            try ChecklistTemplate(id: templateId, version: 1, title: Bilingual(zh: "同步样例清单", en: "Sync sample checklist"),
                                  loadedAt: change.now).insert(db)
            try ChecklistSection(templateId: templateId, templateVersion: 1, code: "S", position: 1,
                                 title: Bilingual(zh: "样例", en: "Sample")).insert(db)
            for (index, code) in codes.enumerated() {
                try ChecklistItem(templateId: templateId, templateVersion: 1, sectionCode: "S", code: code, position: index + 1,
                                  label: Bilingual(zh: "检查项\(index + 1)", en: "Item \(index + 1)"),
                                  guidance: Bilingual(zh: "", en: ""), legalBasis: Bilingual(zh: "劳动合同法", en: "LCL"),
                                  weight: 1 + index % 3, critical: false).insert(db)
            }
            return codes
        }
    }

    /// A valid unified social credit code for Shiyan, unique per `number`.
    public static func creditCode(_ number: Int) -> String {
        let digits = String(number)
        let body = "91420300" + String(repeating: "0", count: max(0, 9 - digits.count)) + digits
        return CreditCode.completing(body)!
    }

    /// Adds `count` registry enterprises numbered from `first` (in one transaction).
    public static func addEnterprises(_ database: AppDatabase, count: Int, first: Int = 1) throws -> [Enterprise] {
        let districts = ShiyanDistricts.all
        return try database.write { db, change in
            try (first..<first + count).map { n in
                try EnterpriseStore.insert(Enterprise(creditCode: creditCode(n), name: "十堰样例企业\(n)有限公司",
                                                      address: "十堰市人民路\(n)号", district: districts[n % districts.count],
                                                      industry: "制造业", employeeCount: 50 + n % 400), db, change)
            }
        }
    }

    /// Adds `visits` completed visits dated `date`, one transaction each, spread over `enterprises`.
    public static func addVisits(_ database: AppDatabase, date: LocalDate, visits: Int, enterprises: [Enterprise],
                                 itemCodes: [String], seed: UInt64) throws {
        var random = SeededRandom(seed: seed)
        for index in 0..<visits {
            let enterprise = enterprises[(Int(seed % 1000) + index) % enterprises.count]
            let values = itemCodes.map { _ in random.weighted([(AnswerValue.compliant, 80), (.nonCompliant, 12), (.notApplicable, 8)]) }
            let risk = random.weighted([(RiskLevel.low, 60), (.medium, 25), (.high, 11), (.major, 4)])
            let type = random.weighted([(VisitType.riskScreening, 70), (.summons, 8), (.policyBriefing, 7),
                                        (.wageArrearsCheck, 10), (.mobileArbitration, 5)])
            let recommendations = random.int(in: 0...3)
            try database.write { db, change in
                try writeVisit(db, change, enterprise: enterprise, date: date, type: type, risk: risk,
                               itemCodes: itemCodes, values: values, recommendations: recommendations, index: index)
            }
        }
    }

    private static func writeVisit(_ db: Database, _ change: ChangeContext, enterprise: Enterprise, date: LocalDate,
                                   type: VisitType, risk: RiskLevel, itemCodes: [String], values: [AnswerValue],
                                   recommendations: Int, index: Int) throws {
        let inspector = change.inspector
        var visit = SiteVisit(enterpriseId: enterprise.id, date: date, type: type, templateId: templateId,
                              templateVersion: 1, inspectors: inspector.map { [$0.name] } ?? [])
        visit.startTime = TimeOfDay(hour: 8 + index % 9, minute: (index * 7) % 60)
        visit.status = .completed
        visit.completedAt = change.now
        visit.riskLevel = risk
        visit.score = Double(values.filter { $0 == .nonCompliant }.count) * 100 / Double(max(values.count, 1))
        visit.notes = "第\(index + 1)次走访：现场查看工资台账与劳动合同。"
        visit.attendees = type == .policyBriefing ? 20 + index % 30 : nil
        visit.createdBy = inspector?.id
        change.stampNew(&visit)
        try visit.insert(db)
        for (code, value) in zip(itemCodes, values) {
            var answer = Answer(visitId: visit.id, itemCode: code, value: value,
                                note: value == .nonCompliant ? "未见书面记录" : "")
            change.stampNew(&answer)
            try answer.insert(db)
        }
        for n in 0..<recommendations {
            var recommendation = Recommendation(visitId: visit.id, enterpriseId: enterprise.id, itemCodes: [itemCodes[n]],
                                                text: "请于期限内补签劳动合同并建立职工名册（\(n + 1)）",
                                                priority: n == 0 ? .high : .medium, deadline: date.adding(days: 7 + 8 * n),
                                                createdOn: date)
            change.stampNew(&recommendation)
            try recommendation.insert(db)
        }
        var event = AuditEvent(recordType: SiteVisit.recordType, recordId: visit.id, field: "status", oldValue: "draft",
                               newValue: "completed", at: change.now, inspectorId: inspector?.id,
                               inspectorName: inspector?.name ?? "")
        change.stampNew(&event)
        try event.insert(db)
        try EnterpriseSummary.refresh(enterpriseId: enterprise.id, db)
    }
}
