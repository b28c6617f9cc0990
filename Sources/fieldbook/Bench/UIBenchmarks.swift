import CursesTerminal
import FieldbookCore
import FieldbookBench
import FieldbookUI
import Foundation
import TerminalKit

/// The figures an inspector feels in the interface: start-up, search, paging, drawing.
struct UIBenchmarks {
    let path: String
    let plan: BenchPlan

    static let frameSize = Size(width: 120, height: 40)

    func run() throws -> [BenchFigure] {
        var figures = plan.groups.contains(.startup) ? try startup() : []
        let database = try AppDatabase.open(path: path)
        defer { try? database.close() }
        if plan.groups.contains(.search) {
            figures += try search(database)
            figures += screenSearch(database)
        }
        if plan.groups.contains(.paging) {
            figures.append(try paging(database))
            figures += screenPaging(database)
        }
        if plan.groups.contains(.render) { figures += try rendering() }
        return figures
    }

    /// Opening the file and reading the dashboard, then the same with the app built and its
    /// first frame drawn headless (what `fieldbook` does before the terminal shows anything).
    private func startup() throws -> [BenchFigure] {
        let queries = try Stopwatch.samples(runs: plan.slowRuns) { _ in
            let database = try AppDatabase.open(path: path)
            _ = try database.dashboard()
            _ = try database.dashboardCounts()
            try database.close()
        }
        var routes: [Route] = []
        var firstLine = ""
        let frames = try Stopwatch.samples(runs: plan.slowRuns) { _ in
            let database = try AppDatabase.open(path: path)
            let app = FieldbookApp(env: AppEnvironment(db: database), size: Self.frameSize)
            let pilot = Pilot(app, size: Self.frameSize, minimumSize: FieldbookApp.minimumSize)
            routes = pilot.program.routes
            firstLine = pilot.lines.first ?? ""
            try database.close()
        }
        guard routes == [.dashboard] else { throw BenchError.unexpected("the first screen is \(routes), not the dashboard") }
        let header = firstLine.trimmingCharacters(in: .whitespaces)
        return [
            BenchFigure(key: "startup.dashboard-queries", title: "database open + dashboard queries", samples: queries),
            BenchFigure(key: "startup.first-frame", title: "start to first dashboard frame (headless, 120×40)",
                        samples: frames, target: .init(limit: 150, statistic: .median),
                        note: "FieldbookApp + Pilot; header: \(header.prefix(30).trimmingCharacters(in: .whitespaces))"),
        ]
    }

    /// The database part of a search keystroke alone: one query of core's search per prefix.
    /// The `screen.` figures below add the screen's work and a full frame.
    private func search(_ database: AppDatabase) throws -> [BenchFigure] {
        try SearchKeystrokes.kinds.map { kind in
            var found: [String: Int] = [:]
            let samples = try kind.typed.flatMap { query in
                try Stopwatch.samples(runs: plan.runs) { _ in
                    found[query] = try database.searchEnterprises(query, limit: BenchPlan.pageSize).count
                }
            }
            let counts = kind.typed.map { "\($0)→\(found[$0] ?? 0)" }.joined(separator: " ")
            return BenchFigure(key: kind.key, title: kind.title + ", query only", samples: samples,
                               target: .init(limit: 16, statistic: .p99), note: "results: \(counts)")
        }
    }

    /// What the user feels: each character typed into the enterprise screen's search field of
    /// the whole app (query, screen state, a full 120×40 frame rendered headless).
    private func screenSearch(_ database: AppDatabase) -> [BenchFigure] {
        SearchKeystrokes.kinds.map { kind in
            let perPass = kind.typed.count
            let passes = max(1, plan.runs / max(1, perPass))
            let words = Array(repeating: kind.words, count: passes).flatMap { $0 }
            let figures = ScreenBenchmarks.searchKeystrokes(db: database, queries: words, size: Self.frameSize)
            return BenchFigure(key: "screen." + kind.key, title: kind.title + ", query + frame", samples: figures.samples,
                               target: .init(limit: 16, statistic: .p99),
                               note: "FieldbookApp in a Pilot, \(Self.frameSize.width)×\(Self.frameSize.height); the field is cleared between words")
        }
    }

    /// PgDn from the top and PgUp from the end of the whole registry through the enterprise
    /// screen (window query + frame), so both shallow and deep OFFSETs are in the figure.
    private func screenPaging(_ database: AppDatabase) -> [BenchFigure] {
        let half = max(1, plan.runs / 2)
        let down = ScreenBenchmarks.pageDowns(db: database, pages: half, size: Self.frameSize)
        let up = ScreenBenchmarks.pageUpsFromEnd(db: database, pages: half, size: Self.frameSize)
        return [BenchFigure(key: "screen.list.page", title: "enterprise list PgDn/PgUp, query + frame",
                            samples: down.samples + up.samples, target: .init(limit: 1.5, statistic: .p99),
                            note: "\(half) PgDn from the top (runs #0–\(half - 1)), \(half) PgUp from the end, 120×40; wall "
                                + SampleTail(samples: down.samples + up.samples).description + "; CPU "
                                + SampleTail(samples: down.cpuSamples + up.cpuSamples).description)]
    }

    /// Windows of 50 rows at offsets spread over the whole registry, in pinyin order, with the
    /// total counted once as a screen does: a jump (scroll bar, a new sort) with nothing on screen
    /// to seek from, read as the list screen reads it (`enterpriseList`: the shown columns from
    /// the covering index). The first jump deep enough reads the list's positions
    /// (`ListPositions`), as the screen's first would. Paging itself is `screen.list.page`.
    private func paging(_ database: AppDatabase) throws -> BenchFigure {
        let total = try database.enterpriseCount()
        let pages = max(1, total / BenchPlan.pageSize)
        var cpuSamples: [Duration] = []
        let samples = try Stopwatch.samples(runs: plan.runs) { run in
            // Spread the offsets over the list without a random generator: a stride coprime-ish to pages.
            let page = (run * 7919) % pages
            let cpu = ThreadCPUClock.now()
            let rows = try database.enterpriseList(offset: page * BenchPlan.pageSize, limit: BenchPlan.pageSize,
                                                   knownTotal: total).rows
            cpuSamples.append(ThreadCPUClock.now() - cpu)
            if rows.isEmpty { throw BenchError.unexpected("page \(page) of \(pages) is empty") }
        }
        return BenchFigure(key: "list.page", title: "enterprise list, jump to any offset (50 rows), query only",
                           samples: samples, target: .init(limit: 3, statistic: .p99),
                           note: "\(total) rows; no page on screen to seek from: the first deep jump reads the list's positions, the others seek from the nearest remembered row; wall "
                               + SampleTail(samples: samples).description + "; CPU " + SampleTail(samples: cpuSamples).description)
    }

    /// The toolkit's own benchmark: a full 200×60 frame drawn and presented through ncurses to a pty.
    private func rendering() throws -> [BenchFigure] {
        let report = try RenderBenchmark(size: Size(width: 200, height: 60), frames: plan.runs).run()
        return report.cases.enumerated().map { index, c in
            let key = index == 0 ? "render.full-frame" : "render.one-cell"
            return BenchFigure(key: key, title: "200×60 mixed zh/en: \(c.name)", runs: report.frames,
                               median: c.total.median.milliseconds, p99: c.total.p99.milliseconds, unit: .ms,
                               target: .init(limit: index == 0 ? 1 : 2, statistic: .median),
                               note: String(format: "render %.3f + present %.3f ms (median); CPU of this thread %.3f ms median, %.3f p99; %.0f bytes/frame",
                                            c.render.median.milliseconds, c.present.median.milliseconds,
                                            c.cpu.median.milliseconds, c.cpu.p99.milliseconds, c.bytesPerFrame))
        }
    }
}

enum BenchError: Error, CustomStringConvertible {
    case unexpected(String)

    var description: String {
        switch self { case .unexpected(let what): "bench: \(what)" }
    }
}
