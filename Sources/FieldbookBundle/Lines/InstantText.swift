import FieldbookCore

/// The stored text of an instant (`2024-05-06T02:00:00.000Z`, see `Timestamp`), checked without
/// Foundation's date parser for the form every bundle uses; other ISO 8601 forms go through
/// `Timestamp` and come out in the stored form.
enum InstantText {
    static func canonical(_ text: String) -> String? {
        if isCanonical(text) { return text }
        return Timestamp(iso8601: text)?.iso8601
    }

    private static func isCanonical(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 24 else { return false }
        func digits(_ range: Range<Int>) -> Int? {
            var value = 0
            for i in range {
                guard bytes[i] >= 0x30, bytes[i] <= 0x39 else { return nil }
                value = value * 10 + Int(bytes[i] - 0x30)
            }
            return value
        }
        let separators: [(Int, Character)] = [(4, "-"), (7, "-"), (10, "T"), (13, ":"), (16, ":"), (19, "."), (23, "Z")]
        guard separators.allSatisfy({ bytes[$0.0] == $0.1.asciiValue }),
              let year = digits(0..<4), let month = digits(5..<7), let day = digits(8..<10),
              let hour = digits(11..<13), let minute = digits(14..<16), let second = digits(17..<19),
              digits(20..<23) != nil else { return false }
        return LocalDate(year: year, month: month, day: day) != nil && hour < 24 && minute < 60 && second < 60
    }
}
