import FieldbookBundle
import FieldbookCore

/// The figures a bureau reports for a period (see the Shiyan reply in docs/hq.md): what was
/// screened, how, what was recommended and fixed, and where the risk is.
public struct HQReportData: Sendable, Equatable {
    public struct Totals: Sendable, Equatable {
        public var visits = 0
        public var enterprisesVisited = 0
        /// Distinct enterprises with a risk-screening visit.
        public var enterprisesScreened = 0
        public var interviews = 0
        public var briefings = 0
        public var briefingAttendees = 0
        /// Distinct enterprises summoned (约谈企业数, "主动约谈企业12家").
        public var enterprisesSummoned = 0
        /// Distinct enterprises reached by briefings: each briefing's own enterprise and every
        /// attending one ("580家企业参加").
        public var briefingEnterprises = 0
        /// Copies of materials handed out, questions answered and on-site legal Q&A sessions at
        /// briefings ("发放宣传资料8000余份", "解答疑问492个", "现场释法16场").
        public var materialsHandedOut = 0
        public var questionsAnswered = 0
        public var legalSessions = 0
        public var recommendationsMade = 0
        /// Rectified (or rectified and verified) in the period.
        public var recommendationsRectified = 0
        /// Still outstanding (open or re-check failed) past their deadline on the report's "as of" date.
        public var recommendationsOverdue = 0
    }

    /// One row of a breakdown (by district or by inspector).
    public struct Group: Sendable, Equatable {
        public var name: String
        public var visits: Int
        public var enterprises: Int
        public var recommendations: Int
        public var overdue: Int
        public var highOrMajor: Int
    }

    /// One policy briefing: when, where, who held it, and every enterprise it reached (its own
    /// first, then the attending ones by name).
    public struct Briefing: Sendable, Equatable {
        public var date: LocalDate
        public var place: String
        public var inspector: String
        public var enterprises: [String]
        public var attendees: Int
    }

    public struct Warning: Sendable, Equatable {
        public var enterpriseName: String
        public var creditCode: String
        public var district: String
        public var riskLevel: RiskLevel
        public var visitDate: LocalDate
        public var inspector: String
        public var openRecommendations: Int
    }

    public var from: LocalDate?
    public var to: LocalDate?
    public var asOf: LocalDate
    public var totals: Totals
    /// The recommendations made in the period, by the status they have now.
    public var recommendationsByStatus: [(RecommendationStatus, Int)]
    public var visitsByType: [(VisitType, Int)]
    /// Enterprises by the risk level of their latest completed visit in the period (lowered by
    /// findings verified rectified by the report's date, as the enterprise summary is).
    public var riskDistribution: [(RiskLevel, Int)]
    /// High and major risk enterprises, major first.
    public var earlyWarning: [Warning]
    /// Out-of-town enterprises (外地企业) are one row of `byDistrict`, named this, whichever
    /// Shiyan district they work in: the bureau reports its opinions on them apart.
    public static let outOfTownGroup = "外地企业"
    public var byDistrict: [Group]
    public var byInspector: [Group]
    /// The period's briefings, each with the enterprises it reached.
    public var briefings: [Briefing] = []
    public var outOfTown = OutOfTownFigures()
    /// Construction projects visited in the period, each visited party's findings apart.
    public var projects: [ProjectFigures] = []

    public static func == (lhs: HQReportData, rhs: HQReportData) -> Bool {
        lhs.from == rhs.from && lhs.to == rhs.to && lhs.asOf == rhs.asOf && lhs.totals == rhs.totals
            && lhs.recommendationsByStatus.map(\.0) == rhs.recommendationsByStatus.map(\.0)
            && lhs.recommendationsByStatus.map(\.1) == rhs.recommendationsByStatus.map(\.1)
            && lhs.visitsByType.map(\.0) == rhs.visitsByType.map(\.0) && lhs.visitsByType.map(\.1) == rhs.visitsByType.map(\.1)
            && lhs.riskDistribution.map(\.0) == rhs.riskDistribution.map(\.0)
            && lhs.riskDistribution.map(\.1) == rhs.riskDistribution.map(\.1)
            && lhs.earlyWarning == rhs.earlyWarning && lhs.byDistrict == rhs.byDistrict && lhs.byInspector == rhs.byInspector
            && lhs.briefings == rhs.briefings
            && lhs.outOfTown == rhs.outOfTown && lhs.projects == rhs.projects
    }
}
