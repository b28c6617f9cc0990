import ArgumentParser
import FieldbookBundle
import FieldbookCore
import FieldbookHQ
import Foundation

/// `fieldbook demo-data --enterprises N --visits M --db PATH [--seed S]`
struct DemoDataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo-data",
        abstract: "Generate a large deterministic database for benchmarks.",
        discussion: "The same seed and sizes give the same data (dates relative to today). The file must not exist yet.")

    @OptionGroup var store: StoreOptions

    @Option(help: "Number of enterprises.")
    var enterprises: Int

    @Option(help: "Number of visits (with answers and recommendations).")
    var visits: Int

    @Option(help: "Random seed.")
    var seed: UInt64 = 2023

    func validate() throws {
        guard enterprises >= 1 else { throw ValidationError("--enterprises must be at least 1.") }
        guard visits >= 0 else { throw ValidationError("--visits must not be negative.") }
    }

    func run() throws {
        try CommandContext.run { context in
            guard let path = store.db.map({ DataDirectory.expandingTilde($0, environment: context.environment) }) else {
                throw ValidationError("demo-data needs --db PATH (a new file).")
            }
            let started = Date()
            var report: SyntheticDataReport?
            let line = ProgressLine(language: context.language)
            try DatabaseAccess.createNew(path, context: context) { database in
                report = try Self.fill(database, plan: SyntheticDataPlan(enterprises: enterprises, visits: visits, seed: seed),
                                       language: context.language, progress: { phase, done, total in
                    line.update(phase == "visits" ? context.text(zh: "走访", en: "visits") : context.text(zh: "企业", en: "enterprises"),
                                completed: done, total: total)
                })
            }
            line.finish()
            let r = report!
            let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
            let phases = String(format: "%.1f / %.1f / %.1f", r.enterpriseSeconds, r.visitSeconds, r.summarySeconds)
            context.print(context.text(
                zh: "已生成 \(path)：\(r.enterprises) 家企业，\(r.visits) 次走访，\(r.answers) 条检查结果，\(r.recommendations) 条整改建议，用时 \(seconds) 秒（企业 / 走访 / 汇总：\(phases) 秒）。",
                en: "Generated \(path): \(r.enterprises) enterprises, \(r.visits) visits, \(r.answers) answers, \(r.recommendations) recommendations in \(seconds) s (enterprises / visits / summaries: \(phases) s)."))
        }
    }

    /// Sets up a new database as a device (inspector, signing key, the demo checklist) and fills
    /// it per `plan`; `fieldbook bench` builds its database the same way.
    static func fill(_ database: AppDatabase, plan: SyntheticDataPlan, language: Language,
                     progress: (_ phase: String, _ done: Int, _ total: Int) -> Void) throws -> SyntheticDataReport {
        try database.initialize(inspectorName: AppDatabase.demoInspectorName, district: "张湾区", language: language)
        try DeviceKeyStore.ensureKey(for: database)
        let (checklist, _) = try database.loadTemplate(data: DemoSamples.checklistJSON)
        return try database.generateSyntheticData(plan, checklist: checklist, progress: progress)
    }
}
