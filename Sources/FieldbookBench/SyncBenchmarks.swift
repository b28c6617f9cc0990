import FieldbookBundle
import FieldbookCore
import FieldbookHQ
import Foundation

/// Measurements of export and HQ import, for `fieldbook bench` and docs/performance.md. They
/// build their own data in `directory` (use a real disk to include fsync) and report seconds
/// measured with the injected `now` (monotonic clock recommended).
public struct SyncBenchmarks: Sendable {
    public let directory: URL
    public let now: @Sendable () -> Double
    public var itemsPerVisit: Int

    public init(directory: URL, itemsPerVisit: Int = 40, now: @escaping @Sendable () -> Double) {
        self.directory = directory
        self.itemsPerVisit = itemsPerVisit
        self.now = now
    }

    public struct ExportFigure: Sendable {
        public var visits: Int
        public var answers: Int
        public var seconds: Double
        public var bytes: Int64
    }

    public struct ImportFigure: Sendable {
        public var bundles: Int
        public var visits: Int
        public var answers: Int
        public var seconds: Double
        /// User + system CPU time of the import (`CPUTime.ofSelf`): the figure a loaded machine does not distort.
        public var cpuSeconds: Double
        public var reimportSeconds: Double
        public var reimportCPUSeconds: Double
        public var reimportChangedNothing: Bool
    }

    /// A laptop with `visits` completed visits on one day; times the export of them.
    public func dayExport(visits: Int = 30) throws -> ExportFigure {
        let laptop = try makeLaptop("day-\(visits)", visits: visits, days: 1)
        return try timeExport(laptop, scope: .sinceLastExport)
    }

    /// A laptop with `visits` visits spread over days; times `--all`.
    public func fullExport(visits: Int, perDay: Int = 30) throws -> ExportFigure {
        let laptop = try makeLaptop("full-\(visits)", visits: perDay, days: max(1, visits / perDay))
        return try timeExport(laptop, scope: .all)
    }

    /// `devices` laptops export one day each; times HQ importing all bundles, then all again.
    public func hqImport(devices: Int, visitsPerDevice: Int = 30) throws -> ImportFigure {
        let bundles = directory.appendingPathComponent("bundles-\(devices)")
        try FileManager.default.createDirectory(at: bundles, withIntermediateDirectories: true)
        let hq = try HQDatabase.open(path: directory.appendingPathComponent("hq-\(devices).sqlite").path)
        let keyring = try HQKeyring.create(in: hq, path: "hq")
        let codes = try SyncSampleData.ensureTemplate(hq.store, items: itemsPerVisit)
        let registry = try SyncSampleData.addEnterprises(hq.store, count: 2000)
        var files: [URL] = []
        for device in 0..<devices {
            let laptop = try AppDatabase.inMemory()
            try laptop.initialize(inspectorName: "检查员\(device)", district: ShiyanDistricts.all[device % ShiyanDistricts.all.count])
            let key = try DeviceKeyStore.ensureKey(for: laptop)
            try hq.trustDevice(publicKey: key.publicKeyText, inspector: "检查员\(device)")
            try SyncSampleData.ensureTemplate(laptop, items: itemsPerVisit)
            let mine = try SyncSampleData.addEnterprises(laptop, count: 40, first: 1 + (device * 37) % 1900)
            _ = registry
            try SyncSampleData.addVisits(laptop, date: LocalDate("2024-05-06")!, visits: visitsPerDevice, enterprises: mine,
                                         itemCodes: codes, seed: UInt64(device + 1))
            files.append(URL(fileURLWithPath: try BundleExporter(database: laptop)
                .export(ExportOptions(outputDirectory: bundles)).path))
        }
        let importer = HQImporter(database: hq, keyring: keyring)
        // As `fieldbook hq import DIR` does: bundles in groups sharing a transaction.
        let start = now(), startCPU = CPUTime.ofSelf()
        try importer.importFiles(files) { _, outcome in _ = try outcome.get() }
        let first = now() - start, firstCPU = CPUTime.ofSelf() - startCPU
        let again = now(), againCPU = CPUTime.ofSelf()
        var changed = false
        try importer.importFiles(files) { _, outcome in changed = try outcome.get().changedAnything || changed }
        let second = now() - again, secondCPU = CPUTime.ofSelf() - againCPU
        return ImportFigure(bundles: devices, visits: devices * visitsPerDevice,
                            answers: devices * visitsPerDevice * itemsPerVisit, seconds: first, cpuSeconds: firstCPU,
                            reimportSeconds: second, reimportCPUSeconds: secondCPU, reimportChangedNothing: !changed)
    }

    private func makeLaptop(_ name: String, visits: Int, days: Int) throws -> AppDatabase {
        let path = directory.appendingPathComponent(name + ".sqlite").path
        let laptop = try AppDatabase.open(path: path)
        try laptop.initialize(inspectorName: "李明", district: "张湾区")
        try DeviceKeyStore.ensureKey(for: laptop)
        let codes = try SyncSampleData.ensureTemplate(laptop, items: itemsPerVisit)
        let registry = try SyncSampleData.addEnterprises(laptop, count: 500)
        var date = LocalDate("2023-01-02")!
        for day in 0..<days {
            try SyncSampleData.addVisits(laptop, date: date, visits: visits, enterprises: registry, itemCodes: codes,
                                         seed: UInt64(day + 1))
            date = date.adding(days: 1)
        }
        return laptop
    }

    private func timeExport(_ laptop: AppDatabase, scope: ExportScope) throws -> ExportFigure {
        let out = directory.appendingPathComponent("out-" + RecordID.make())
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let start = now()
        let result = try BundleExporter(database: laptop).export(ExportOptions(outputDirectory: out, scope: scope))
        return ExportFigure(visits: result.counts[.visits] ?? 0, answers: result.counts[.answers] ?? 0,
                            seconds: now() - start, bytes: result.bytes)
    }
}
