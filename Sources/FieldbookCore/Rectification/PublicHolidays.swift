/// The statutory public holidays (法定节假日) of 2026 and 2027, which working-day deadlines skip.
///
/// These are the 13 days of 《全国年节及纪念日放假办法》 as amended in 2024 (in force 2025): New Year
/// 1 day, Spring Festival 4 (New Year's Eve and days 1–3), Qingming 1, Labour Day 2 (1–2 May),
/// Dragon Boat 1, Mid-Autumn 1, National Day 3 (1–3 October), with the lunar dates worked out
/// for each year. The State Council's yearly notice also moves rest days next to them and turns
/// some weekends into make-up working days (调休); those arrangements are **not** in this table:
/// add them here from the notice (`extraRestDays`, `makeUpWorkingDays`) each year, and add the
/// next year's holidays before it starts. A deadline beyond 2027 counts weekends only.
public enum PublicHolidays {
    public static let coveredYears = 2026...2027

    static let statutory: Set<String> = [
        // 2026: Spring Festival 17 February (eve 16 February), Qingming 5 April, Dragon Boat
        // 19 June, Mid-Autumn 25 September.
        "2026-01-01", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-04-05",
        "2026-05-01", "2026-05-02", "2026-06-19", "2026-09-25", "2026-10-01", "2026-10-02", "2026-10-03",
        // 2027: Spring Festival 6 February (eve 5 February), Qingming 5 April, Dragon Boat 9 June,
        // Mid-Autumn 15 September.
        "2027-01-01", "2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08", "2027-04-05",
        "2027-05-01", "2027-05-02", "2027-06-09", "2027-09-15", "2027-10-01", "2027-10-02", "2027-10-03",
    ]
    /// Rest days the yearly notice adds (empty until someone enters them from the notice).
    static let extraRestDays: Set<String> = []
    /// Weekend days the yearly notice makes working days (empty until entered).
    static let makeUpWorkingDays: Set<String> = []

    public static func isPublicHoliday(_ date: LocalDate) -> Bool {
        statutory.contains(date.description) || extraRestDays.contains(date.description)
    }

    /// A working day: Monday to Friday and not a public holiday, or a make-up working weekend day.
    public static func isWorkingDay(_ date: LocalDate) -> Bool {
        if makeUpWorkingDays.contains(date.description) { return true }
        return !date.isWeekend && !isPublicHoliday(date)
    }
}

extension LocalDate {
    /// 1 = Monday … 7 = Sunday (ISO 8601), by Zeller's congruence: no calendar or time zone needed.
    public var isoWeekday: Int {
        var y = year, m = month
        if m < 3 { m += 12; y -= 1 }
        let k = y % 100, j = y / 100
        let h = (day + (13 * (m + 1)) / 5 + k + k / 4 + j / 4 + 5 * j) % 7 // 0 = Saturday
        return (h + 5) % 7 + 1
    }

    public var isWeekend: Bool { isoWeekday >= 6 }
}
