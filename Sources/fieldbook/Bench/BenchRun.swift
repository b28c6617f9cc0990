import FieldbookCore
import Foundation

/// One `fieldbook bench` run: build (or take) the database, measure the interface paths, then
/// the sync paths, each with its own peak memory, and the shell references beside them.
struct BenchRun {
    var plan: BenchPlan
    var language: Language
    /// An existing `demo-data` database to measure instead of generating one.
    var existingDatabase: String?

    func run(progress: (String) -> Void) throws -> BenchReport {
        let work = try Self.makeWorkDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        var generation: Double?
        let path: String
        if let existingDatabase {
            path = existingDatabase
        } else {
            path = work.appendingPathComponent("bench.sqlite").path
            generation = try generate(at: path, progress: progress).milliseconds / 1000
        }
        var report = BenchReport(enterprises: plan.enterprises, visits: plan.visits, bundles: plan.bundles,
                                 generationSeconds: generation, loadAverage: BenchReport.loadAverage(),
                                 build: Self.buildKind, figures: [])
        if existingDatabase != nil { try countRows(at: path, into: &report) }

        let resetWorks = PeakMemory.reset()
        if !plan.groups.isDisjoint(with: BenchGroup.interface) {
            progress("interface figures")
            report.figures += try UIBenchmarks(path: path, plan: plan).run()
            report.figures.append(memoryFigure("memory.ui", "peak resident memory, interface paths", resetWorks,
                                               target: .init(limit: 80, statistic: .median)))
            if plan.groups.contains(.search) { report.figures += try shellSearch(path: path) }
        }
        if plan.groups.contains(.process) {
            progress("process figures")
            report.figures += try ProcessBenchmarks(path: path, plan: plan, workDirectory: work).run()
        }
        if !plan.groups.isDisjoint(with: BenchGroup.sync) {
            PeakMemory.reset()
            if plan.groups.contains(.export) {
                progress("export figures")
                report.figures += try ExportBenchmarks(path: path, plan: plan, workDirectory: work).run()
            }
            if plan.groups.contains(.hq) {
                progress("HQ import figures")
                report.figures += try HQImportBenchmark(plan: plan, workDirectory: work).run()
            }
            report.figures.append(memoryFigure("memory.sync", "peak resident memory, export and HQ import", resetWorks))
        }
        if plan.groups.contains(.documents) {
            progress("document figures")
            report.figures += try DocumentBenchmarks(plan: plan, workDirectory: work).run()
        }
        if plan.groups.contains(.attachments) {
            progress("attachment figures")
            report.figures += try AttachmentBenchmarks(plan: plan, workDirectory: work).run()
        }
        return report
    }

    private func generate(at path: String, progress: (String) -> Void) throws -> Duration {
        try Stopwatch.time {
            // Built the way `demo-data` builds its file: without the write-ahead log, then WAL.
            let database = try AppDatabase.openForBulkLoad(path: path)
            _ = try DemoDataCommand.fill(database, plan: SyntheticDataPlan(enterprises: plan.enterprises, visits: plan.visits),
                                         language: language, progress: { progress("\($0) \($1)/\($2)") })
            try database.finishBulkLoad()
            try database.close()
        }.1
    }

    private func countRows(at path: String, into report: inout BenchReport) throws {
        let database = try AppDatabase.open(path: path)
        defer { try? database.close() }
        try database.reader.read { db in
            report.enterprises = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM enterprise") ?? 0
            report.visits = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM siteVisit") ?? 0
        }
    }

    private func memoryFigure(_ key: String, _ title: String, _ resetWorks: Bool,
                              target: BenchFigure.Target? = nil) -> BenchFigure {
        BenchFigure(key: key, title: title, value: PeakMemory.megabytes() ?? .nan, unit: .mb, target: target,
                    note: resetWorks ? "VmHWM, reset before the phase" : "VmHWM; could not reset, includes earlier phases")
    }

    /// The same searches through the sqlite3 shell (`LIKE`, process start included), beside ours
    /// for the same query, with the ratio.
    private func shellSearch(path: String) throws -> [BenchFigure] {
        let database = try AppDatabase.open(path: path)
        defer { try? database.close() }
        return try SearchKeystrokes.kinds.compactMap { kind in
            guard let (query, condition) = kind.reference else { return nil }
            let mine = BenchFigure(key: "", title: "", samples: try Stopwatch.samples(runs: plan.runs) { _ in
                _ = try database.searchEnterprises(query, limit: BenchPlan.pageSize)
            })
            let samples = try ShellReference.search(database: path, where: condition, runs: plan.slowRuns)
            var figure = BenchFigure(key: "reference.sqlite3." + kind.key, title: "reference: sqlite3 shell, \(condition)",
                                     samples: samples)
            let ratio = String(format: "%.1f", figure.median / mine.median)
            figure.note = "\(ratio)× ours for \(query) (ours \(BenchFigure.number(mine.median)) ms median; the shell's LIKE, start-up included)"
            return figure
        }
    }

    static func makeWorkDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("fieldbook-bench-" + RecordID.make())
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        return url
    }

    /// "release" or "debug", and how the Swift runtime is linked: the start-up figures differ by
    /// half between a shared runtime (the usual `swift build`) and the static one `scripts/package`
    /// ships, so a report says which it measured.
    static var buildKind: String {
        #if DEBUG
        let configuration = "debug"
        #else
        let configuration = "release"
        #endif
        return configuration + (usesSharedSwiftRuntime ? " (shared Swift runtime)" : " (static Swift runtime, as packaged)")
    }

    /// Whether this process has the Swift runtime loaded as a shared library.
    static var usesSharedSwiftRuntime: Bool {
        guard let maps = try? String(contentsOfFile: "/proc/self/maps", encoding: .utf8) else { return true }
        return maps.contains("/libswiftCore.so")
    }
}
