/// What the dashboard shows at once: a screenful of rows from indexes, read in well under a
/// millisecond at any size.
public struct DashboardSummary: Sendable, Hashable {
    public var today: LocalDate
    /// Visits dated today (at most a screenful).
    public var todaysVisits: [VisitRow]
    /// All visits dated today (not voided), however many `todaysVisits` holds.
    public var todayCount: Int
    public var draftCount: Int
    /// The most recent drafts (at most a screenful).
    public var drafts: [VisitRow]
    public var lastExportAt: Timestamp?
}

/// The dashboard's three counts. Each is a COUNT over an index range that grows with the
/// database (65,065 overdue entries and 200,000 unexported visits at the benchmark's size, about
/// 16 ms together), so the interface draws the rest first and fills these in a moment later
/// (`DashboardScreen`, docs/performance.md).
public struct DashboardCounts: Sendable, Hashable {
    /// Open recommendations with a deadline from today to `AppDatabase.dueSoonDays` ahead.
    public var recommendationsDueSoon: Int
    /// Open recommendations whose deadline has passed.
    public var recommendationsOverdue: Int
    /// Visits created or changed since the last export.
    public var visitsNotExported: Int

    public init(recommendationsDueSoon: Int, recommendationsOverdue: Int, visitsNotExported: Int) {
        self.recommendationsDueSoon = recommendationsDueSoon
        self.recommendationsOverdue = recommendationsOverdue
        self.visitsNotExported = visitsNotExported
    }
}
