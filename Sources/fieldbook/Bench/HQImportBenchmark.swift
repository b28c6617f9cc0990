import FieldbookCore
import FieldbookSync
import Foundation

/// Headquarters importing one daily bundle from each of many devices, then the same files again.
/// Each device is a small in-memory laptop database with its own key, registry and day of visits.
struct HQImportBenchmark {
    let plan: BenchPlan
    let workDirectory: URL

    static let day = LocalDate(year: 2024, month: 5, day: 6)!

    func run(progress: (String) -> Void) throws -> [BenchFigure] {
        let bundles = workDirectory.appendingPathComponent("bundles")
        try FileManager.default.createDirectory(at: bundles, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        let (devices, making) = try Stopwatch.time { try makeBundles(in: bundles, progress: progress) }
        progress(String(format: "made %d bundles from %d devices in %.1f s", plan.bundles, devices.count,
                        making.milliseconds / 1000))

        let hqPath = workDirectory.appendingPathComponent("hq.sqlite").path
        let hq = try AppDatabase.open(path: hqPath)
        defer { try? hq.writer.close() }
        let keyring = try HQKeyring.create(in: hq, path: hqPath)
        try SyncSampleData.ensureTemplate(hq, items: BenchPlan.bundleItems)
        for (index, key) in devices.enumerated() {
            _ = try hq.trustDevice(publicKey: key, inspector: Self.inspector(index))
        }
        let importer = HQImporter(database: hq, keyring: keyring)
        let files = try HQImporter.bundleFiles(in: [bundles.path])

        var changed = 0
        let (first, firstTotal) = try Stopwatch.time {
            try Stopwatch.samples(runs: files.count) { index in
                if try importer.importFile(files[index]).counts.values.contains(where: \.changedAnything) { changed += 1 }
            }
        }
        var unchanged = 0
        let (again, againTotal) = try Stopwatch.time {
            try Stopwatch.samples(runs: files.count) { index in
                let report = try importer.importFile(files[index])
                if report.alreadyImported && !report.counts.values.contains(where: \.changedAnything) { unchanged += 1 }
            }
        }
        let target = BenchPlan.importTargetSecondsPerThousand * Double(files.count) / 1000
        let perBundle = "\(BenchPlan.visitsPerBundle) visits × \(BenchPlan.bundleItems) answers per bundle"
        return [
            BenchFigure(key: "hq.import.total", title: "HQ import of \(files.count) bundles (\(devices.count) devices)",
                        value: firstTotal.milliseconds / 1000, unit: .s, target: .init(limit: target, statistic: .median),
                        note: "\(changed) of \(files.count) merged records; \(perBundle); target 30 s per 1,000"),
            BenchFigure(key: "hq.import.bundle", title: "HQ import, one bundle", samples: first),
            BenchFigure(key: "hq.reimport.total", title: "HQ re-import of the same bundles",
                        value: againTotal.milliseconds / 1000, unit: .s, target: .init(limit: firstTotal.milliseconds / 1000,
                                                                                       statistic: .median),
                        note: "\(unchanged) of \(files.count) reported as already imported, nothing changed; target: faster than the first import"),
            BenchFigure(key: "hq.reimport.bundle", title: "HQ re-import, one bundle", samples: again),
        ]
    }

    /// Writes one bundle per device; returns the devices' public keys.
    private func makeBundles(in directory: URL, progress: (String) -> Void) throws -> [String] {
        try (0..<plan.bundles).map { index in
            let laptop = try AppDatabase.inMemory()
            try laptop.initialize(inspectorName: Self.inspector(index), district: ShiyanDistricts.all[index % ShiyanDistricts.all.count])
            let key = try DeviceKeyStore.ensureKey(for: laptop)
            let codes = try SyncSampleData.ensureTemplate(laptop, items: BenchPlan.bundleItems)
            // Each device its own registry slice: HQ sees distinct enterprises, as from distinct districts.
            let registry = try SyncSampleData.addEnterprises(laptop, count: 3, first: index * 3 + 1)
            try SyncSampleData.addVisits(laptop, date: Self.day, visits: BenchPlan.visitsPerBundle, enterprises: registry,
                                         itemCodes: codes, seed: UInt64(index))
            _ = try BundleExporter(database: laptop).export(ExportOptions(outputDirectory: directory))
            if (index + 1) % 100 == 0 { progress("bundles \(index + 1)/\(plan.bundles)") }
            return key.publicKeyText
        }
    }

    static func inspector(_ index: Int) -> String { "检查员\(index + 1)" }
}
