import FieldbookCore
import Foundation

/// `attachments`: attaching a 10 MB photo the way `fieldbook attach` does (copied in 1 MiB
/// chunks, hashed, sniffed, EXIF read, flushed, renamed, directory flushed, row inserted), each
/// run a new file so nothing is deduplicated, on the demo database (docs/attachments.md).
struct AttachmentBenchmarks {
    let plan: BenchPlan
    let workDirectory: URL

    func run() throws -> [BenchFigure] {
        let database = try AppDatabase.open(path: workDirectory.appendingPathComponent("attachments.sqlite").path)
        defer { try? database.writer.close() }
        try database.fillDemo(language: .zh)
        let visits = try database.visits(offset: 0, limit: 1_000).rows.map(\.id)
        guard !visits.isEmpty else { throw BenchError.unexpected("the demo database has no visit") }
        // A visit holds at most 200 MB of attachments (docs/attachments.md): the runs go round
        // the demo's visits, 19 photos of 10 MB each at most, so no run is refused.
        let runs = min(max(1, plan.runs), visits.count * 19)
        let store = AttachmentStore(database: database)
        let size = 10_000_000
        var photo = [UInt8](repeating: 0, count: size)
        var samples: [Duration] = []
        for run in 0..<runs {
            // A JPEG head, then bytes that differ per run (a photo does not compress or repeat).
            photo.replaceSubrange(0..<4, with: [0xFF, 0xD8, 0xFF, 0xE0])
            var state = UInt64(run + 1) &* 0x9E37_79B9_7F4A_7C15
            for i in stride(from: 4, to: size, by: 8) {
                state ^= state << 13; state ^= state >> 7; state ^= state << 17
                withUnsafeBytes(of: state) { bytes in
                    for j in 0..<min(8, size - i) { photo[i + j] = bytes[j] }
                }
            }
            let file = workDirectory.appendingPathComponent("photo-\(run).jpg")
            try Data(photo).write(to: file)
            samples.append(try Stopwatch.time { _ = try store.attach(visitId: visits[run % visits.count], files: [file]) }.1)
            try FileManager.default.removeItem(at: file)
        }
        return [BenchFigure(key: "attachments.attach10MB", title: "attach a 10 MB photo (copy, hash, fsync, rename, row)",
                            samples: samples, target: .init(limit: 200, statistic: .median),
                            note: "the source file is written (and in the page cache) before each timed attach")]
    }
}
