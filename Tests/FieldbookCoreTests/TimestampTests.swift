import Foundation
import Testing
@testable import FieldbookCore

@Suite("Timestamp and calendar arithmetic")
struct TimestampTests {
    private static let foundation = Date.ISO8601FormatStyle(includingFractionalSeconds: true)

    /// A deterministic spread of instants from year 1600 to 2399, millisecond precision (before
    /// 1582 Foundation's calendar is Julian, while ISO 8601 and ours are proleptic Gregorian; far
    /// from 1970 a `Date`'s double no longer holds every millisecond exactly).
    private static func instants(count: Int) -> [Int64] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        let low: Int64 = -11_676_096_000_000 // 1600-01-01
        let high: Int64 = 13_569_465_599_999 // 2399-12-31T23:59:59.999
        var values: [Int64] = [0, -1, 1, 951_782_400_000, 951_868_799_999, 4_107_542_400_000, 1_700_000_000_560, low, high]
        for _ in 0..<count {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            values.append(low + Int64(state >> 1 % UInt64(high - low)))
        }
        return values
    }

    @Test("the stored form is written exactly as Foundation writes it, and read back to the same millisecond")
    func agreesWithFoundation() throws {
        for millis in Self.instants(count: 5_000) {
            let date = Date(timeIntervalSince1970: Double(millis) / 1000)
            let ours = try #require(Timestamp.formatStored(millis))
            // Foundation cuts the binary fraction, so `ms / 1000` can print one millisecond early;
            // the middle of the millisecond prints the same digits without that hazard.
            let middle = Date(timeIntervalSince1970: (Double(millis) + 0.5) / 1000)
            #expect(ours == middle.formatted(Self.foundation), "\(millis)")
            #expect(Timestamp.parseStored(ours) == millis, "\(ours)")
            #expect(Timestamp(date).iso8601 == ours)
            #expect(Timestamp(iso8601: ours) == Timestamp(date))
        }
    }

    @Test("malformed or impossible stored forms are not taken by the fast parser", arguments: [
        "2024-02-30T00:00:00.000Z", "2023-02-29T00:00:00.000Z", "2024-13-01T00:00:00.000Z",
        "2024-01-01T24:00:00.000Z", "2024-01-01T00:60:00.000Z", "2024-01-01T00:00:60.000Z",
        "2024-01-01 00:00:00.000Z", "2024-01-01T00:00:00.000+", "2024-01-01T00:00:00.0a0Z",
        "0999-01-01T00:00:00.000Z", "", "2024-01-01T00:00:00Z",
    ])
    func refusesMalformed(text: String) {
        #expect(Timestamp.parseStored(text) == nil)
    }

    @Test("other ISO 8601 forms still parse through Foundation")
    func otherForms() throws {
        let plain = try #require(Timestamp(iso8601: "2024-05-01T08:30:00Z"))
        #expect(plain.iso8601 == "2024-05-01T08:30:00.000Z")
        #expect(Timestamp(iso8601: "2024-02-30T00:00:00.000Z") == nil)
        #expect(Timestamp(iso8601: "yesterday") == nil)
    }

    @Test("sub-millisecond instants are cut down to their millisecond")
    func truncates() {
        let date = Date(timeIntervalSince1970: 1_700_000_000.1239)
        #expect(Timestamp(date).iso8601 == "2023-11-14T22:13:20.123Z")
    }

    @Test("adding days crosses months, leap days and years the way the calendar does")
    func addingDays() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let start = try #require(LocalDate("2023-12-15"))
        for offset in stride(from: -800, through: 800, by: 7) {
            let moved = calendar.date(byAdding: .day, value: offset,
                                      to: calendar.date(from: DateComponents(year: 2023, month: 12, day: 15))!)!
            #expect(start.adding(days: offset) == LocalDate(moved, in: calendar.timeZone), "\(offset)")
        }
        #expect(LocalDate("2024-02-28")!.adding(days: 1).description == "2024-02-29")
        #expect(LocalDate("2100-02-28")!.adding(days: 1).description == "2100-03-01")
    }

    /// The parser before it read bytes (session 8): the definition the byte parser must keep.
    private static func splitParse(_ text: String) -> LocalDate? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard text.count == 10, parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        return LocalDate(year: y, month: m, day: d)
    }

    @Test("a date is read from exactly YYYY-MM-DD in ASCII digits, as the split parser read it")
    func localDateParsing() {
        var texts = ["2024-05-20", "2024-02-29", "2023-02-29", "2023-02-30", "0000-01-01", "0001-01-01", "9999-12-31",
                     "2024-13-01", "2024-00-10", "2024-01-00", "2024-1-01", "2024-01-1", "24-01-01", "2024/01/01",
                     "2024-01-01 ", " 2024-01-01", "2024-01-01T00", "", "----------", "2024--01-01", "+024-01-01",
                     "-024-01-01", "2024-+1-01", "２０２４-０５-２０", "٢٠٢٤-٠٥-٢٠", "2024-05-2٠", "2024‐05‐20", "2024-05-20\n",
                     "20240520ab", "2024-05-20\u{301}", "é024-05-20"]
        // Every date of four leap cycles, and its text with each position replaced.
        var day = LocalDate(year: 1999, month: 12, day: 25)!
        for _ in 0..<(4 * 366) {
            texts.append(day.description)
            day = day.adding(days: 1)
        }
        for (i, c) in ["0", "9", "-", "a", "/", "١"].enumerated() {
            var chars = Array("2024-05-20")
            chars[(i * 3) % 10] = Character(c)
            texts.append(String(chars))
        }
        for text in texts {
            #expect(LocalDate(text) == Self.splitParse(text), "\(text.debugDescription)")
        }
        #expect(LocalDate("2024-05-20") == LocalDate(year: 2024, month: 5, day: 20))
    }
}
