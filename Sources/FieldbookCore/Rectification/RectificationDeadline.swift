/// The default rectification deadline of a checklist item (docs/recommendations-and-export-screens.md).
///
/// Short periods in administrative practice (2, 3, 5, 7, 10 days) are working days: the template
/// marks them (`workingDays`) and they are counted from the day after the visit, skipping
/// weekends and public holidays (`PublicHolidays`). Longer periods count calendar days. A period
/// of 0 means at once: the visit's own day.
public struct RectificationPeriod: Sendable, Hashable {
    public var days: Int
    public var workingDays: Bool

    public init(days: Int, workingDays: Bool) {
        self.days = days
        self.workingDays = workingDays
    }

    /// The item's own period, or nil when the template gives none (the priority's default applies).
    public init?(item: ChecklistItem) {
        guard let days = item.deadlineDays else { return nil }
        self.init(days: days, workingDays: item.workingDays)
    }

    public func due(from visitDate: LocalDate) -> LocalDate {
        guard days > 0 else { return visitDate }
        guard workingDays else { return visitDate.adding(days: days) }
        var date = visitDate, counted = 0
        while counted < days {
            date = date.adding(days: 1)
            if PublicHolidays.isWorkingDay(date) { counted += 1 }
        }
        return date
    }

    /// "3个工作日" / "3 working days"; "立即" / "at once".
    public func label(in language: Language) -> String {
        switch (language, days, workingDays) {
        case (.zh, 0, _): "立即"
        case (.en, 0, _): "at once"
        case (.zh, _, true): "\(days)个工作日（不含周末和法定节假日）"
        case (.zh, _, false): "\(days)日"
        case (.en, 1, true): "1 working day (weekends and public holidays excluded)"
        case (.en, _, true): "\(days) working days (weekends and public holidays excluded)"
        case (.en, 1, false): "1 day"
        case (.en, _, false): "\(days) days"
        }
    }
}
