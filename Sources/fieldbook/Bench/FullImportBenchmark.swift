import FieldbookBundle
import FieldbookCore
import FieldbookHQ
import GRDB
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Headquarters importing the benchmark database's full export (`export --all`, #20: "the
/// full-export import at headquarters, time and peak memory"): `fieldbook hq import` run as a
/// user runs it, in a process of its own so that its peak memory is its own, into a new HQ
/// database holding the laptop's checklists and trusting its key. Timed from spawn to exit, with
/// the child's CPU time and maximum resident set from `wait4`.
struct FullImportBenchmark {
    let laptopPath: String
    let workDirectory: URL

    /// The bundle's import must stay under this whatever its size (docs/bundle-format.md, "Safe extraction").
    static let memoryTargetMB = 150.0

    func run(bundle: URL, exportSeconds: Double) throws -> [BenchFigure] {
        let hqPath = workDirectory.appendingPathComponent("hq-full.sqlite").path
        let visits = try prepareHeadquarters(at: hqPath)
        let environment = [
            "LANG=C.UTF-8", "HOME=" + workDirectory.path,
            "XDG_DATA_HOME=" + workDirectory.appendingPathComponent("xdg-data").path,
            "XDG_STATE_HOME=" + workDirectory.appendingPathComponent("xdg-state").path,
        ]
        let child = try MeasuredChild.run([ProcessBenchmarks.executablePath, "hq", "import", "--db", hqPath, bundle.path],
                                          environment: environment)
        guard child.status == 0 else {
            throw BenchError.unexpected("hq import of the full export exited with \(child.status)")
        }
        let imported = try Self.visitCount(hqPath)
        guard imported == visits else {
            throw BenchError.unexpected("HQ holds \(imported) visits after the full export's import, the laptop \(visits)")
        }
        return [
            BenchFigure(key: "hq.full-import.time", title: "HQ import of the full export (`hq import`, whole process)",
                        value: child.seconds, unit: .s,
                        note: String(format: "CPU %.1f s (user + sys); %.2f× the full export's time; %d visits",
                                     child.cpuSeconds, child.seconds / exportSeconds, imported)),
            BenchFigure(key: "hq.full-import.memory", title: "HQ import of the full export, peak memory (max resident set)",
                        value: child.maxResidentMB, unit: .mb, target: .init(limit: Self.memoryTargetMB, statistic: .median),
                        note: "the child process's own peak (wait4)"),
        ]
    }

    /// A new HQ database with every checklist version the laptop holds (the export carries the
    /// records, not the templates) and the laptop's key trusted. Returns the laptop's visit count.
    private func prepareHeadquarters(at path: String) throws -> Int {
        let laptop = try AppDatabase.open(path: laptopPath)
        defer { try? laptop.close() }
        let hq = try HQDatabase.open(path: path)
        defer { try? hq.close() }
        _ = try HQKeyring.create(in: hq, path: path)
        let versions = try laptop.reader.read { db in
            try Row.fetchAll(db, sql: "SELECT id, version FROM checklistTemplate").map { ($0["id"] as String, $0["version"] as Int) }
        }
        for (id, version) in versions {
            guard let checklist = try laptop.checklist(templateId: id, version: version) else { continue }
            _ = try hq.store.writer.write { db in try TemplateStore.store(checklist, db) }
        }
        try hq.trustDevice(publicKey: try DeviceKeyStore.key(for: laptop).publicKeyText, inspector: "bench")
        return try laptop.reader.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM siteVisit") ?? 0 }
    }

    private static func visitCount(_ path: String) throws -> Int {
        let hq = try HQDatabase.open(path: path)
        defer { try? hq.close() }
        return try hq.reader.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM siteVisit") ?? 0 }
    }
}

/// A child process measured whole: wall time from spawn to exit, and its own CPU time and peak
/// resident memory (`wait4`'s rusage, which counts that child only).
struct MeasuredChild {
    var status: Int32
    var seconds: Double
    var cpuSeconds: Double
    var maxResidentMB: Double

    static func run(_ arguments: [String], environment: [String]) throws -> MeasuredChild {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd: Int32 in 0...2 {
            posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let env = environment.map { strdup($0) } + [nil]
        defer { env.forEach { free($0) } }
        let clock = ContinuousClock()
        let start = clock.now
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, arguments[0], &actions, nil, argv, env)
        guard spawned == 0 else { throw BenchError.unexpected("cannot start \(arguments[0]) (errno \(spawned))") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw BenchError.unexpected("wait4 failed (errno \(errno))") }
        }
        let elapsed = clock.now - start
        func value(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1_000_000 }
        return MeasuredChild(status: (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f),
                             seconds: elapsed.milliseconds / 1000,
                             cpuSeconds: value(usage.ru_utime) + value(usage.ru_stime),
                             // ru_maxrss is in KiB on Linux.
                             maxResidentMB: Double(usage.ru_maxrss) / 1024)
    }
}
