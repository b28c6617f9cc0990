import Foundation
import Testing
import ZIPFoundation
@testable import FieldbookBundle
import SyncTestSupport

/// The bundle's own zip writer (entries deflated while they are written, copied into the zip as
/// they are) read back by tools that share no code with it.
@Suite("Zip writer")
struct ZipWriterTests {
    /// A zip of one large deflated entry, one stored entry and one small in-memory entry.
    private static func write(_ directory: URL, forceZip64: Bool) throws -> (URL, [String: Data]) {
        var text = Data()
        for i in 0..<20_000 { text.append(Data("{\"id\":\(i),\"name\":\"十堰东风 \(i % 97)\"}\n".utf8)) }
        let entry = try EntryFileWriter(path: "answers.jsonl", in: directory)
        try entry.append(text)
        _ = try entry.finish()
        let stored = directory.appendingPathComponent("photo")
        let photo = Data((0..<70_000).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 13) })
        try photo.write(to: stored)
        let zip = directory.appendingPathComponent(forceZip64 ? "z64.zip" : "plain.zip")
        var writer = try ZipWriter(url: zip, modified: Date(timeIntervalSince1970: 1_764_000_000), forceZip64: forceZip64)
        try writer.add("manifest.json", data: Data("{\"a\":1}".utf8))
        let deflated = entry.deflated
        try writer.add(deflated.path, method: .deflated, crc32: deflated.crc32, size: deflated.size,
                       compressedSize: deflated.compressedSize, from: deflated.url)
        try writer.add("attachments/x", method: .stored, crc32: crc(photo), size: Int64(photo.count),
                       compressedSize: Int64(photo.count), from: stored)
        try writer.finish()
        return (zip, ["manifest.json": Data("{\"a\":1}".utf8), "answers.jsonl": text, "attachments/x": photo])
    }

    private static func crc(_ data: Data) -> UInt32 { data.crc32(checksum: 0) }

    @Test("plain and ZIP64 archives read back whole in ZIPFoundation, unzip -t and Python's zipfile", arguments: [false, true])
    func readBack(forceZip64: Bool) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("zipwriter-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(at: directory) }
        let (zip, expected) = try Self.write(directory, forceZip64: forceZip64)

        // The importer's reader (ZIPFoundation behind `ZipDirectory`) takes classic zips only, so
        // ZIP64 is checked with the independent tools alone.
        if !forceZip64 {
            let archive = try Archive(url: zip, accessMode: .read)
            var read: [String: Data] = [:]
            for entry in archive {
                var data = Data()
                _ = try archive.extract(entry, consumer: { data.append($0) })
                read[entry.path] = data
            }
            #expect(read == expected)
            #expect(archive.map(\.path) == ["manifest.json", "answers.jsonl", "attachments/x"])
        }

        let unzip = try run("unzip", ["-t", zip.path])
        #expect(unzip.status == 0 && unzip.output.contains("No errors detected"), "\(unzip.output)")
        let python = try run("python3", ["-c", """
            import sys, zipfile
            z = zipfile.ZipFile(sys.argv[1])
            assert z.testzip() is None
            print([(i.filename, i.file_size, i.compress_type) for i in z.infolist()])
            """, zip.path])
        #expect(python.status == 0, "\(python.output)")
        #expect(python.output.contains("('answers.jsonl', \(expected["answers.jsonl"]!.count), 8)"))
        #expect(python.output.contains("('attachments/x', 70000, 0)"))
    }

    @Test("a full export carries every record file and no CSV copies; a day's export keeps them")
    func fullExportWithoutCSV() throws {
        let fixture = try SyncFixture()
        defer { fixture.cleanUp() }
        let laptop = try fixture.laptop()
        try fixture.fieldDay(laptop, visits: 2)
        let changes = try BundleSurgery(try Data(contentsOf: URL(fileURLWithPath: try fixture.export(laptop).path)))
        #expect(changes.entries.contains { $0.0 == "csv/visits.csv" } && changes.entries.contains { $0.0 == "csv/answers.csv" })
        let full = try BundleSurgery(try Data(contentsOf: URL(fileURLWithPath: try fixture.export(laptop, scope: .all).path)))
        #expect(!full.entries.contains { $0.0.hasPrefix("csv/") })
        for file in BundleFile.allCases { #expect(full[file.rawValue] != nil, "\(file.rawValue)") }
        #expect(full["visits.jsonl"] == changes["visits.jsonl"])
    }
}
