import FieldbookBench
import FieldbookBundle
import FieldbookHQ
import Foundation

/// Headquarters importing one daily bundle from each of many devices, then the same files again:
/// sync's `SyncBenchmarks.hqImport`, reported as figures.
struct HQImportBenchmark {
    let plan: BenchPlan
    let workDirectory: URL

    func run() throws -> [BenchFigure] {
        let clock = ContinuousClock()
        let origin = clock.now
        let benchmarks = SyncBenchmarks(directory: workDirectory, itemsPerVisit: BenchPlan.bundleItems,
                                        now: { (clock.now - origin).milliseconds / 1000 })
        let figure = try benchmarks.hqImport(devices: plan.bundles, visitsPerDevice: BenchPlan.visitsPerBundle)
        guard figure.reimportChangedNothing else { throw BenchError.unexpected("the re-import changed the HQ database") }
        let target = BenchPlan.importTargetSecondsPerThousand * Double(plan.bundles) / 1000
        let perBundle = figure.seconds * 1000 / Double(max(1, plan.bundles))
        return [
            BenchFigure(key: "hq.import.total", title: "HQ import of \(plan.bundles) bundles from \(plan.bundles) devices",
                        value: figure.seconds, unit: .s, target: .init(limit: target, statistic: .median),
                        note: String(format: "CPU %.2f s (user + sys); %d visits, %d answers; %.1f ms per bundle; target 8 s per 1,000",
                                     figure.cpuSeconds, figure.visits, figure.answers, perBundle)),
            BenchFigure(key: "hq.reimport.total", title: "HQ re-import of the same bundles", value: figure.reimportSeconds,
                        unit: .s, target: .init(limit: figure.seconds, statistic: .median),
                        note: String(format: "changed nothing; CPU %.2f s (user + sys); target: faster than the first import",
                                     figure.reimportCPUSeconds)),
        ]
    }
}
