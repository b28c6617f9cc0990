import FieldbookCore
import GRDB

extension HQDatabase {
    /// The projects the period's visits (not voided) were about, with each visited party's
    /// findings and referrals (`ProjectFigures`), by project name.
    static func projectFigures(_ db: Database, _ period: StatementArguments) throws -> [ProjectFigures] {
        let visits = try Row.fetchAll(db, sql: """
            SELECT v.id, v.projectId, v.enterpriseId FROM siteVisit v
            WHERE v.projectId IS NOT NULL AND v.date BETWEEN :from AND :to AND v.voidedAt IS NULL
            ORDER BY v.date, v.id
            """, arguments: period)
        let byProject = Dictionary(grouping: visits) { $0["projectId"] as String }
        var result: [ProjectFigures] = []
        for (projectId, rows) in byProject {
            guard let project = try Project.fetchOne(db, key: projectId) else { continue }
            var parties: [ProjectFigures.Party] = []
            let visited = Dictionary(grouping: rows) { $0["enterpriseId"] as String }
            // The project's order (owner, general contractor, subcontractors), then anyone else visited.
            let order = project.partyIds + visited.keys.sorted().filter { !project.partyIds.contains($0) }
            var seen = Set<String>()
            for enterpriseId in order where seen.insert(enterpriseId).inserted {
                guard let partyVisits = visited[enterpriseId] else { continue }
                let ids = partyVisits.map { $0["id"] as String }
                let marks = Array(repeating: "?", count: ids.count).joined(separator: ", ")
                let answers = try Row.fetchAll(db, sql: """
                    SELECT a.itemCode, a.value, a.referredTo, a.referralNote FROM answer a
                    JOIN siteVisit v ON v.id = a.visitId
                    LEFT JOIN checklistItem i ON i.templateId = v.templateId AND i.templateVersion = v.templateVersion
                                              AND i.code = a.itemCode
                    WHERE a.visitId IN (\(marks)) ORDER BY i.position, a.itemCode
                    """, arguments: StatementArguments(ids))
                var findings: [String] = []
                var referrals: [ProjectFigures.Referral] = []
                for answer in answers {
                    let code: String = answer["itemCode"]
                    if answer["value"] == AnswerValue.nonCompliant.rawValue, !findings.contains(code) { findings.append(code) }
                    if let raw: String = answer["referredTo"], let authority = ReferralAuthority(rawValue: raw) {
                        referrals.append(.init(itemCode: code, authority: authority, note: answer["referralNote"] ?? ""))
                    }
                }
                let enterprise = try Enterprise.fetchOne(db, key: enterpriseId)
                parties.append(.init(roles: ProjectParty.allCases.filter { project.parties(of: enterpriseId).contains($0) },
                                     enterpriseName: enterprise?.name ?? enterpriseId, creditCode: enterprise?.creditCode ?? "",
                                     visits: ids.count, findings: findings, referrals: referrals))
            }
            result.append(ProjectFigures(id: project.id, name: project.name, location: project.location, parties: parties))
        }
        return result.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
    }
}
