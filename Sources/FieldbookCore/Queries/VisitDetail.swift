/// A visit with everything its screens show: the enterprise, the answers by item code, and
/// the recommendations made during it.
public struct VisitDetail: Sendable, Hashable {
    public var visit: SiteVisit
    public var enterprise: Enterprise
    public var answers: [String: Answer]
    public var recommendations: [Recommendation]
    /// A policy briefing's further attending enterprises, by name (empty for other types).
    public var participants: [AttendingEnterprise] = []
}
