import Foundation
import GRDB
import Testing
@testable import FieldbookCore
@testable import FieldbookBundle
@testable import FieldbookHQ
import SyncTestSupport

/// The hand-written JSON Lines writer and parser against Foundation's JSONSerialization: what one
/// writes the other reads back unchanged, and what Foundation refuses the parser refuses too.
@Suite("JSON Lines writer and parser")
struct JSONLineTests {
    static let tricky: [String] = [
        "", "李明", "十堰市张湾区人民路１号（东风）", "say \"hi\"", "C:\\temp\\new", "a/b", "tab\there", "line\nbreak\r\n",
        String((0..<32).map { Character(Unicode.Scalar(UInt8($0))) }), "\u{7F}", "\u{2028}\u{2029}", "\u{FFFD}",
        "😀", "👩‍👩‍👧‍👦", "𠀀𪚥", "e\u{301}", "zero\u{FEFF}width", "=SUM(A1)", String(repeating: "长文本\"\\😀", count: 20_000),
    ]

    /// Strings drawn from a pool that mixes every class of scalar the escaping has to get right.
    static func randomStrings(count: Int, seed: UInt64) -> [String] {
        var random = SeededRandom(seed: seed)
        let pool: [Unicode.Scalar] = (0..<0x20).map { Unicode.Scalar(UInt8($0)) } + ["\"", "\\", "/", "a", "Z", " ", "中", "文", "\u{7F}",
            "\u{80}", "\u{7FF}", "\u{800}", "\u{D7FF}", "\u{E000}", "\u{FFFF}", "\u{10000}", "\u{1F600}", "\u{10FFFF}", "\u{200D}"]
        return (0..<count).map { _ in
            String(String.UnicodeScalarView((0..<random.int(in: 0...40)).map { _ in pool[random.int(in: 0...(pool.count - 1))] }))
        }
    }

    static func written(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        JSONText.appendString(text, to: &out)
        return out
    }

    /// Our parser on a whole JSON text: the value, or the problem.
    static func scanned(_ bytes: [UInt8]) throws -> JSONScanned {
        try bytes.withUnsafeBufferPointer { buffer in
            var scanner = JSONScanner(buffer)
            let value = try scanner.value()
            try scanner.end()
            return value
        }
    }

    @Test("tricky and random strings: written, then read by Foundation and by our parser, unchanged")
    func stringsRoundTrip() throws {
        for text in Self.tricky + Self.randomStrings(count: 400, seed: 42) {
            let bytes = Self.written(text)
            let foundation = try JSONSerialization.jsonObject(with: Data(bytes), options: .fragmentsAllowed) as? String
            #expect(foundation == text, "Foundation reads back \(text.debugDescription)")
            guard case let .string(ours) = try Self.scanned(bytes) else {
                Issue.record("not a string: \(text.debugDescription)")
                continue
            }
            #expect(ours == text)
            // Raw UTF-8 except what JSON requires escaped: nothing else is escaped.
            #expect(!bytes.contains { $0 < 0x20 })
            if !text.unicodeScalars.contains(where: { $0.value < 0x20 || $0 == "\"" || $0 == "\\" }) {
                #expect(bytes == [0x22] + Array(text.utf8) + [0x22])
            }
        }
    }

    @Test("what Foundation writes, our parser reads to the same strings")
    func readsFoundationOutput() throws {
        let encoder = JSONEncoder()
        for text in Self.tricky + Self.randomStrings(count: 200, seed: 7) {
            let data = try encoder.encode([text])
            guard case let .array(items) = try Self.scanned(Array(data)), case let .string(ours)? = items.first else {
                Issue.record("not an array of one string: \(text.debugDescription)")
                continue
            }
            #expect(ours == text)
        }
    }

    @Test("escapes, surrogate pairs, spaces and number forms other writers use are read")
    func readsOtherForms() throws {
        let line = #"{ "id" : "A", "visitId":"V", "itemCode":"S-01", "value":"nonCompliant", "#
            + #""note": "\u4e2d\u6587\ud83d\ude00\/\b\f\n\r\t\"\\", "revision": 2, "changeSeq": 0, "#
            + #""updatedAt": "2024-05-06T02:00:00.5Z", "unknown": [-0.5e+2, true, null, {"x": []}] }"#
        let answer = try JSONLineParser.parse(Array(line.utf8), as: .answer).record(Answer.self)
        #expect(answer.note == "中文😀/\u{8}\u{C}\n\r\t\"\\")
        #expect(answer.updatedAt.iso8601 == "2024-05-06T02:00:00.500Z")
        #expect(answer.revision == 2)
    }

    @Test("what JSONSerialization refuses, the parser refuses too, naming the byte")
    func refusesInvalidJSON() throws {
        let invalid: [[UInt8]] = [
            "{", "{\"a\":01}", "{\"a\":1.}", "{\"a\":.5}", "{\"a\":-}", "{\"a\":+1}", "{\"a\":1e}",
            "{\"a\":tru}", "{\"a\":nul}", "{'a':1}", "{a:1}", "{\"a\" 1}", "{\"a\":1} x", "{\"a\":1}}",
            "{\"a\":\"\\x\"}", "{\"a\":\"\\u12\"}", "{\"a\":\"\\ud800\"}", "{\"a\":\"\\udc00\"}", "{\"a\":\"open}",
            "{\"a\":\"\t\"}", "{\"a\":\"\n\"}", "{\"a\":NaN}", "{\"a\":Infinity}", "",
        ].map { Array($0.utf8) } + [
            [0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xFF, 0x22, 0x7D],          // invalid UTF-8 in a string
            [0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xE4, 0xB8, 0x22, 0x7D],    // a truncated sequence
            [0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xC0, 0xAF, 0x22, 0x7D],    // an overlong "/"
            [0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xED, 0xA0, 0x80, 0x22, 0x7D], // an encoded surrogate
        ]
        for bytes in invalid {
            let foundationRefuses = (try? JSONSerialization.jsonObject(with: Data(bytes), options: .fragmentsAllowed)) == nil
            #expect(foundationRefuses, "Foundation accepts \(bytes)")
            #expect(throws: LineProblem.self, "\(String(decoding: bytes, as: UTF8.self).debugDescription)") {
                _ = try Self.scanned(bytes)
            }
        }
        // Foundation on Linux tolerates trailing commas; RFC 8259 (and Python's json, which HQ tools
        // use) does not, and neither does the parser.
        for text in ["{\"a\":1,}", "{\"a\":[1,]}"] {
            #expect(throws: LineProblem.self) { _ = try Self.scanned(Array(text.utf8)) }
        }
        let problem = #expect(throws: LineProblem.self) { _ = try Self.scanned(Array("{\"a\":1,}".utf8)) }
        #expect(problem?.detail == "not JSON: expected a key at byte 8")
    }

    @Test("valid JSON that JSONSerialization accepts is accepted")
    func acceptsValidJSON() throws {
        let valid = [#"{}"#, #"{"a":{"b":[{"c":null}]}}"#, #"  {"a":-0.0e-0}  "#, #"{"a":"\u0000"}"#, "{\"a\":\"\u{7F}\"}",
                     #"{"a":1,"a":2}"#, #"{"a":123456789012345678901234567890}"#]
        for text in valid {
            #expect((try? JSONSerialization.jsonObject(with: Data(text.utf8))) != nil, "Foundation refuses \(text)")
            #expect(throws: Never.self, "\(text)") { _ = try Self.scanned(Array(text.utf8)) }
        }
    }

    @Test("a record line is checked like the model's decoder checks it")
    func recordChecks() throws {
        let good = #"{"id":"A","visitId":"V","itemCode":"S-01","value":"compliant","note":"","revision":1,"#
            + #""updatedAt":"2024-05-06T02:00:00Z","changeSeq":3,"extra":{"ignored":[1,2]}}"#
        let values = try JSONLineParser.parse(Array(good.utf8), as: .answer)
        let answer = try values.record(Answer.self)
        #expect(answer.value == .compliant && answer.updatedAt.iso8601 == "2024-05-06T02:00:00.000Z")
        let cases: [(String, String)] = [
            (good.replacingOccurrences(of: #""id":"A","#, with: ""), "missing id"),
            (good.replacingOccurrences(of: #""compliant""#, with: #""ok""#),
             #"value: "ok" is not one of compliant, nonCompliant, notApplicable, unanswered"#),
            (good.replacingOccurrences(of: #""revision":1"#, with: #""revision":1.5"#), "revision: expected an integer"),
            (good.replacingOccurrences(of: #""revision":1"#, with: #""revision":"1""#), "revision: expected an integer"),
            (good.replacingOccurrences(of: #""note":"""#, with: #""note":null"#), "note: may not be null"),
            (good.replacingOccurrences(of: "2024-05-06T02:00:00Z", with: "yesterday"), "updatedAt: not an ISO 8601 instant: yesterday"),
            ("[1]", "not JSON: expected an object at byte 1"),
        ]
        for (line, detail) in cases {
            let problem = #expect(throws: LineProblem.self) { _ = try JSONLineParser.parse(Array(line.utf8), as: .answer) }
            #expect(problem?.detail == detail)
        }
    }

    @Test("every line the export writes equals Foundation's encoding of the record, keys sorted, and parses back to it")
    func exportAgreesWithFoundation() throws {
        let fixture = try SyncFixture()
        defer { fixture.cleanUp() }
        let laptop = try fixture.laptop()
        try fixture.fieldDay(laptop, visits: 2)
        let visit = try laptop.reader.read { db in try SiteVisit.fetchOne(db)! }
        let notes = Self.tricky.prefix(15).joined(separator: "|")
        try edit(laptop, visit) { $0.notes = notes; $0.personsMet = "王经理（人事）\u{0}\u{1F}"; $0.score = 12.5 }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let written = try laptop.readForExport(scope: .all) { session in
            try [RecordLayout.visit, .answer, .recommendation, .auditEvent].map { layout in
                var lines: [LineValues] = []
                try session.forEachLine(layout) { lines.append($0) }
                return lines
            }
        }
        func check<R: SyncedRecord>(_ lines: [LineValues], _ type: R.Type) throws {
            #expect(!lines.isEmpty)
            for values in lines {
                var bytes: [UInt8] = []
                values.appendJSON(to: &bytes)
                let record = try laptop.reader.read { db in try R.fetchOne(db, key: values.text("id")!)! }
                let ours = try JSONSerialization.jsonObject(with: Data(bytes)) as! NSDictionary
                let theirs = try JSONSerialization.jsonObject(with: encoder.encode(record)) as! NSDictionary
                #expect(ours == theirs, "\(values.layout)")
                let text = String(decoding: bytes, as: UTF8.self)
                let positions = (ours.allKeys as! [String]).sorted().map { text.range(of: "\"\($0)\":")!.lowerBound }
                #expect(positions == positions.sorted(), "keys in sorted order")
                #expect(try JSONLineParser.parse(bytes, as: values.layout).record(R.self) == record)
            }
        }
        try check(written[0], SiteVisit.self)
        try check(written[1], Answer.self)
        try check(written[2], Recommendation.self)
        try check(written[3], AuditEvent.self)
        let lines = try laptop.readForExport(scope: .all) { try $0.enterpriseLines(ids: [visit.enterpriseId]) }
        let enterprise = try laptop.enterprise(id: visit.enterpriseId)!
        #expect(try lines.first?.record(Enterprise.self) == enterprise)
    }
}
