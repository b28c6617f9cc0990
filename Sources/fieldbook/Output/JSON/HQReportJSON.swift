import FieldbookCore
import FieldbookHQ

/// `fieldbook hq report --format json` (docs/schemas/cli/hq-report.schema.json): the same
/// figures as the text, CSV and HTML reports, with English keys and enum values instead of labels.
struct HQReportJSON: Encodable {
    struct Totals: Encodable {
        let visits, enterprisesVisited, enterprisesScreened, interviews, briefings, briefingAttendees: Int
        let enterprisesSummoned, briefingEnterprises, materialsHandedOut, questionsAnswered, legalSessions: Int
        let recommendationsMade, recommendationsRectified, recommendationsOverdue: Int
    }

    struct StatusCount: Encodable {
        let status: RecommendationStatus
        let recommendations: Int
    }

    struct TypeCount: Encodable {
        let type: VisitType
        let visits: Int
    }

    struct RiskCount: Encodable {
        let riskLevel: RiskLevel
        let enterprises: Int
    }

    struct Warning: Encodable {
        let enterpriseName, creditCode, district: String
        let riskLevel: RiskLevel
        let visitDate: LocalDate
        let inspector: String
        let openRecommendations: Int
    }

    struct Briefing: Encodable {
        let date: LocalDate
        let place, inspector: String
        let attendees: Int
        let enterprises: [String]
    }

    /// 外地企业 (HQReportData.OutOfTownFigures); their visits are also the byDistrict row "外地企业".
    struct OutOfTown: Encodable {
        let visits, enterprisesVisited, recommendationsMade: Int
    }

    /// A construction project and its visited parties' findings (HQReportData.projects).
    struct Project: Encodable {
        struct Party: Encodable {
            let roles: [ProjectParty]
            let enterpriseName, creditCode: String
            let visits: Int
            let findings: [String]
            let referrals: [Referral]
        }
        struct Referral: Encodable {
            let itemCode: String
            let authority: ReferralAuthority
            let note: String
        }
        let id, name, location: String
        let parties: [Party]
    }

    struct Group: Encodable {
        let name: String
        let visits, enterprises, recommendations, overdue, highOrMajor: Int
    }

    let from: LocalDate?
    let to: LocalDate?
    let asOf: LocalDate
    let totals: Totals
    let recommendationsByStatus: [StatusCount]
    let visitsByType: [TypeCount]
    let riskDistribution: [RiskCount]
    let earlyWarning: [Warning]
    let byDistrict: [Group]
    let byInspector: [Group]
    let briefings: [Briefing]
    let outOfTown: OutOfTown
    let projects: [Project]

    init(_ data: HQReportData) {
        from = data.from
        to = data.to
        asOf = data.asOf
        let t = data.totals
        totals = Totals(visits: t.visits, enterprisesVisited: t.enterprisesVisited, enterprisesScreened: t.enterprisesScreened,
                        interviews: t.interviews, briefings: t.briefings, briefingAttendees: t.briefingAttendees,
                        enterprisesSummoned: t.enterprisesSummoned, briefingEnterprises: t.briefingEnterprises,
                        materialsHandedOut: t.materialsHandedOut, questionsAnswered: t.questionsAnswered,
                        legalSessions: t.legalSessions,
                        recommendationsMade: t.recommendationsMade, recommendationsRectified: t.recommendationsRectified,
                        recommendationsOverdue: t.recommendationsOverdue)
        recommendationsByStatus = data.recommendationsByStatus.map { StatusCount(status: $0.0, recommendations: $0.1) }
        visitsByType = data.visitsByType.map { TypeCount(type: $0.0, visits: $0.1) }
        riskDistribution = data.riskDistribution.map { RiskCount(riskLevel: $0.0, enterprises: $0.1) }
        earlyWarning = data.earlyWarning.map {
            Warning(enterpriseName: $0.enterpriseName, creditCode: $0.creditCode, district: $0.district, riskLevel: $0.riskLevel,
                    visitDate: $0.visitDate, inspector: $0.inspector, openRecommendations: $0.openRecommendations)
        }
        byDistrict = data.byDistrict.map(Self.group)
        byInspector = data.byInspector.map(Self.group)
        briefings = data.briefings.map {
            Briefing(date: $0.date, place: $0.place, inspector: $0.inspector, attendees: $0.attendees, enterprises: $0.enterprises)
        }
        projects = data.projects.map { p in
            Project(id: p.id, name: p.name, location: p.location, parties: p.parties.map { party in
                Project.Party(roles: party.roles, enterpriseName: party.enterpriseName, creditCode: party.creditCode,
                              visits: party.visits, findings: party.findings,
                              referrals: party.referrals.map { .init(itemCode: $0.itemCode, authority: $0.authority, note: $0.note) })
            })
        }
        outOfTown = OutOfTown(visits: data.outOfTown.visits, enterprisesVisited: data.outOfTown.enterprisesVisited,
                              recommendationsMade: data.outOfTown.recommendationsMade)
    }

    private static func group(_ g: HQReportData.Group) -> Group {
        Group(name: g.name, visits: g.visits, enterprises: g.enterprises, recommendations: g.recommendations,
              overdue: g.overdue, highOrMajor: g.highOrMajor)
    }
}
