import FieldbookCore

/// A rectification period written in a recommendation's text — "30日内", "十五日内", "7天内",
/// "within 30 days" — so the deadline field can offer the date it means (visit date + days)
/// instead of the inspector counting days on a calendar. The last period in the text wins: the
/// prefill's period comes first, what the inspector adds after it.
enum TypedDeadline {
    /// The days of the last period written in `text`, or nil.
    static func days(in text: String) -> Int? {
        let characters = Array(text)
        var found: Int?
        var index = 0
        while index < characters.count {
            // A number (Arabic or Chinese), then 日/天/个自然日 and 内, or "days".
            var end = index
            while end < characters.count, characters[end].isNumber || chineseDigits[characters[end]] != nil { end += 1 }
            if end > index, let value = number(String(characters[index..<end])) {
                var rest = String(characters[end...].prefix(8)).lowercased()
                rest = rest.trimmingCharacters(in: .whitespaces)
                if rest.hasPrefix("日内") || rest.hasPrefix("天内") || rest.hasPrefix("个自然日内")
                    || rest.hasPrefix("days") || rest.hasPrefix("day ") {
                    found = value
                }
                index = end
            } else {
                index += 1
            }
        }
        return found
    }

    private static let chineseDigits: [Character: Int] = [
        "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
    ]

    /// "30", "三十", "十五", "二十一", "九十" → the number; nil for anything else.
    private static func number(_ text: String) -> Int? {
        if let value = Int(text) { return value > 0 && value <= 366 ? value : nil }
        var total = 0
        var digit: Int?
        for character in text {
            guard let value = chineseDigits[character] else { return nil }
            if value == 10 {
                total += (digit ?? 1) * 10
                digit = nil
            } else {
                digit = value
            }
        }
        total += digit ?? 0
        return total > 0 && total <= 366 ? total : nil
    }
}
