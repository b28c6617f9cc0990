import FieldbookBundle
import FieldbookCore
import FieldbookBench
import Foundation

/// A day's export and a full export of the benchmark database, beside `sqlite3 DB .dump | gzip`.
struct ExportBenchmarks {
    let path: String
    let plan: BenchPlan
    let workDirectory: URL

    /// The day of the benchmark's 30 visits: long before any synthetic visit, so the day holds
    /// exactly those.
    static let benchDay = LocalDate(year: 2001, month: 1, day: 8)!

    func run() throws -> [BenchFigure] {
        let database = try AppDatabase.open(path: path)
        defer { try? database.close() }
        try addBenchDay(database)
        let exporter = BundleExporter(database: database)

        var dayBytes: Int64 = 0
        var dayVisits = 0
        let day = try Stopwatch.samples(runs: plan.slowRuns) { run in
            let result = try exporter.export(ExportOptions(outputDirectory: try freshDirectory("day-\(run)"),
                                                           scope: .day(Self.benchDay)))
            dayBytes = result.bytes
            dayVisits = result.counts[.visits] ?? 0
        }
        guard dayVisits == BenchPlan.dayVisits else {
            throw BenchError.unexpected("the day's export holds \(dayVisits) visits, not \(BenchPlan.dayVisits)")
        }

        let fullDirectory = try freshDirectory("full")
        let cpuBefore = CPUTime.ofSelf()
        let (full, fullTime) = try Stopwatch.time {
            try exporter.export(ExportOptions(outputDirectory: fullDirectory, scope: .all))
        }
        let fullCPU = CPUTime.ofSelf() - cpuBefore
        let childrenBefore = CPUTime.ofChildren()
        let dump = try ShellReference.dumpAndGzip(database: path, to: workDirectory.appendingPathComponent("dump.sql.gz"))
        let dumpCPU = CPUTime.ofChildren() - childrenBefore
        let fullSeconds = fullTime.milliseconds / 1000
        // Headquarters importing that export, in its own process (time and peak memory, #20).
        let fullImport = try FullImportBenchmark(laptopPath: path, workDirectory: workDirectory)
            .run(bundle: URL(fileURLWithPath: full.path), exportSeconds: fullSeconds)
        let records = full.counts.sorted { $0.key.stem < $1.key.stem }.map { "\($0.key.stem) \($0.value)" }
            .joined(separator: ", ")
        return [
            BenchFigure(key: "export.day", title: "a day's export (30 visits)", samples: day,
                        target: .init(limit: 100, statistic: .median), note: "\(dayBytes) bytes"),
            BenchFigure(key: "export.full.time", title: "full export (all records)", value: fullSeconds, unit: .s,
                        note: String(format: "CPU %.1f s (user + sys); ", fullCPU) + records),
            BenchFigure(key: "export.full.size", title: "full export, file size", value: Self.mb(full.bytes), unit: .mb),
            BenchFigure(key: "reference.dump-gzip.time", title: "reference: sqlite3 .dump | gzip", value: dump.seconds,
                        unit: .s, note: String(format: "CPU %.1f s (sqlite3 + gzip); export takes %.2f× the time of .dump | gzip",
                                               dumpCPU, fullSeconds / dump.seconds)),
            BenchFigure(key: "reference.dump-gzip.size", title: "reference: .dump | gzip, file size",
                        value: Self.mb(dump.bytes), unit: .mb,
                        note: String(format: "export is %.2f× the size of .dump | gzip", Double(full.bytes) / Double(dump.bytes))),
        ] + fullImport
    }

    /// 30 completed visits on `benchDay` (once per database), written as the app writes them.
    private func addBenchDay(_ database: AppDatabase) throws {
        let existing = try database.reader.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM siteVisit WHERE date = ?", arguments: [Self.benchDay.description]) ?? 0
        }
        guard existing == 0 else { return }
        let codes = try SyncSampleData.ensureTemplate(database, items: BenchPlan.bundleItems)
        let enterprises = try database.enterprises(limit: BenchPlan.dayVisits).rows
        try SyncSampleData.addVisits(database, date: Self.benchDay, visits: BenchPlan.dayVisits, enterprises: enterprises,
                                     itemCodes: codes, seed: 30)
    }

    private func freshDirectory(_ name: String) throws -> URL {
        let url = workDirectory.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        return url
    }

    static func mb(_ bytes: Int64) -> Double { Double(bytes) / 1_048_576 }
}
