/// The state of a date input in the form YYYY-MM-DD: a ten-character text field that accepts
/// digits and "-" (typing a digit where a "-" belongs inserts the "-" first), and its validation.
public struct DateFieldState: Hashable, Sendable {
    /// A calendar date as typed; the caller converts it to its own date type.
    public struct Day: Hashable, Sendable, Comparable {
        public var year: Int
        public var month: Int
        public var day: Int

        public init(year: Int, month: Int, day: Int) {
            self.year = year
            self.month = month
            self.day = day
        }

        /// "2024-02-29".
        public var iso: String {
            func pad(_ n: Int, _ width: Int) -> String {
                let digits = String(n)
                return String(repeating: "0", count: max(0, width - digits.count)) + digits
            }
            return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
        }

        public static func < (a: Day, b: Day) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }
    }

    /// Why the text is not a date; the caller maps it to a message in the user's language.
    public enum Problem: Hashable, Sendable {
        /// Not of the form YYYY-MM-DD (incomplete, letters, wrong separators).
        case malformed
        /// The form is right but the calendar has no such day (2023-02-29, 2024-13-01).
        case noSuchDay
    }

    public var field: TextFieldState

    public init(text: String = "") {
        field = TextFieldState(text: text, maxLength: 10)
    }

    public init(day: Day) { self.init(text: day.iso) }

    public var text: String {
        get { field.text }
        set { field.text = newValue }
    }

    /// The date, when the text is a real one.
    public var day: Day? { if case .success(let day) = Self.parse(text) { day } else { nil } }

    /// What is wrong with a non-empty text, or nil when it is empty or a real date.
    public var problem: Problem? {
        guard !field.isEmpty else { return nil }
        if case .failure(let problem) = Self.parse(text) { return problem }
        return nil
    }

    public mutating func handle(_ key: Key) -> EditResult {
        switch key {
        case .character(var c):
            // 2026/12/4 and 2026.12.4 are typed as people write dates; the field shows dashes.
            if c == "/" || c == "." { c = "-" }
            guard c.isASCII, c.isNumber || c == "-" else { return .handled }
            let key = Key.character(c)
            let count = field.editor.characters.count
            if c.isNumber, field.cursor == count, count == 4 || count == 7 { _ = field.handle(.character("-")) }
            return field.handle(key)
        case .paste(let text):
            let dashed = String(text.map { $0 == "/" || $0 == "." ? "-" : $0 })
            return field.handle(.paste(String(dashed.filter { $0.isASCII && ($0.isNumber || $0 == "-") })))
        default:
            return field.handle(key)
        }
    }

    /// Parses "YYYY-MM-DD" (month and day may have one digit: 2026-12-4) with a real Gregorian
    /// calendar day.
    public static func parse(_ text: String) -> Result<Day, Problem> {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return .failure(.malformed) }
        guard year >= 1, (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year) else {
            return .failure(.noSuchDay)
        }
        return .success(Day(year: year, month: month, day: day))
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2:
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return leap ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

extension DateFieldState.Problem: Error {}
