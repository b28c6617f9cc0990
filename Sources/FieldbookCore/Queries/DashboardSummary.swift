/// What the dashboard shows on start.
public struct DashboardSummary: Sendable, Hashable {
    public var today: LocalDate
    /// Visits dated today (at most a screenful).
    public var todaysVisits: [VisitRow]
    public var draftCount: Int
    /// The most recent drafts (at most a screenful).
    public var drafts: [VisitRow]
    /// Open recommendations with a deadline from today to 7 days ahead.
    public var recommendationsDueSoon: Int
    /// Open recommendations whose deadline has passed.
    public var recommendationsOverdue: Int
    /// Visits created or changed since the last export.
    public var visitsNotExported: Int
    public var lastExportAt: Timestamp?
}
