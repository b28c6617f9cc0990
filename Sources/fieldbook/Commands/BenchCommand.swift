import ArgumentParser
import FieldbookCore
import Foundation

/// `fieldbook bench [--enterprises N] [--visits M] [--bundles B] [--out FILE] [--quick] [--db PATH] [--only GROUP…]`
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure every figure a user feels, on a synthetic database (docs/performance.md).",
        discussion: """
            Builds its own database with demo-data in a temporary directory (removed afterwards), then prints \
            the median, p99 and target of each figure. With --db it measures that existing demo-data database \
            instead (and adds one day of 30 visits dated 2001-01-08 to it). Use a release build for figures worth recording.
            """)

    @Option(help: "Enterprises in the synthetic registry.")
    var enterprises: Int?

    @Option(help: "Visits (with answers and recommendations).")
    var visits: Int?

    @Option(help: "Daily bundles, one per device, for the HQ import.")
    var bundles: Int?

    @Option(help: "Repetitions of each quick measurement.")
    var runs: Int?

    @Flag(help: "A small run (2,000 enterprises, 3,000 visits, 20 bundles, few repetitions) unless sizes are given.")
    var quick = false

    @Option(help: "Also write the figures to FILE: Markdown when it ends in .md, JSON otherwise.", completion: .file())
    var out: String?

    /// `--db PATH`: measure this existing demo-data database instead of generating one. The root
    /// command declares `--db` too and would take the value from a bench-only option of that name,
    /// so the bench shares the same option group.
    @OptionGroup var store: StoreOptions

    @Option(name: .customLong("only"), parsing: .upToNextOption,
            help: "Measure only these parts: \(BenchGroup.allCases.map(\.rawValue).joined(separator: ", ")).")
    var only: [BenchGroup] = []

    @Option(help: "The fieldbook binary the process figures start (default: this one), e.g. the static build scripts/package makes.",
            completion: .file())
    var program: String?

    func validate() throws {
        for (name, value) in [("--enterprises", enterprises), ("--visits", visits), ("--bundles", bundles), ("--runs", runs)] {
            if let value, value < 1 { throw ValidationError("\(name) must be at least 1.") }
        }
    }

    var plan: BenchPlan {
        BenchPlan(enterprises: enterprises ?? (quick ? 2_000 : 100_000), visits: visits ?? (quick ? 3_000 : 200_000),
                  bundles: bundles ?? (quick ? 20 : 1_000), runs: runs ?? (quick ? 20 : 200),
                  slowRuns: max(3, (runs ?? (quick ? 20 : 200)) / 10),
                  groups: only.isEmpty ? Set(BenchGroup.allCases) : Set(only),
                  program: program.map { URL(fileURLWithPath: $0).standardizedFileURL.path })
    }

    func run() throws {
        try CommandContext.run { context in
            let existing = store.db.map { DataDirectory.expandingTilde($0, environment: context.environment) }
            if let existing, !FileManager.default.fileExists(atPath: existing) { throw CLIError.noDatabase(existing) }
            let report = try BenchRun(plan: plan, language: context.language, existingDatabase: existing)
                .run(progress: { context.printError($0) })
            context.print(report.table)
            if let out {
                let url = URL(fileURLWithPath: DataDirectory.expandingTilde(out, environment: context.environment))
                let data = url.pathExtension == "md" ? Data(report.markdown.utf8) : try report.json()
                try data.write(to: url, options: .atomic)
            }
        }
    }
}
