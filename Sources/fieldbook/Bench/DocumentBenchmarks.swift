import FieldbookCore
import FieldbookDocuments
import Foundation

/// `documents`: a notice for a visit with ten recommendations, written the way `fieldbook print`
/// writes it (fonts loaded, visit read, laid out, subset, written, hash recorded), on the demo
/// database, independent of the benchmark's size.
struct DocumentBenchmarks {
    let plan: BenchPlan
    let workDirectory: URL

    func run() throws -> [BenchFigure] {
        let database = try AppDatabase.open(path: workDirectory.appendingPathComponent("documents.sqlite").path)
        defer { try? database.writer.close() }
        try database.fillDemo(language: .zh)
        let visitId = try tenRecommendations(database)
        let documents = VisitDocuments(database: database)
        let file = workDirectory.appendingPathComponent("notice.pdf")
        var bytes = 0
        var pages = 0
        let whole = try Stopwatch.samples(runs: plan.runs) { _ in
            let renderer = try DocumentRenderer.system()
            let prepared = try documents.prepare(.notice, format: .pdf, language: .zh, visitId: visitId, renderer: renderer)
            try VisitDocuments.write(prepared.bytes, to: file)
            try documents.recordHandover(prepared)
            bytes = prepared.bytes.count
            pages = renderer.pages(prepared.plan).count
        }
        let renderer = try DocumentRenderer.system()
        let layout = try Stopwatch.samples(runs: plan.runs) { _ in
            _ = try documents.prepare(.notice, format: .pdf, language: .zh, visitId: visitId, renderer: renderer)
        }
        return [
            BenchFigure(key: "documents.notice", title: "notice PDF, 10 recommendations, as `print` writes it",
                        samples: whole, target: .init(limit: 100, statistic: .median),
                        note: "\(pages) pages, \(bytes / 1024) KB; font files read each time"),
            BenchFigure(key: "documents.notice.warm", title: "the same with the fonts already loaded", samples: layout),
        ]
    }

    /// A completed visit with ten non-compliant items, each with a recommendation and a deadline.
    private func tenRecommendations(_ database: AppDatabase) throws -> String {
        guard let enterprise = try database.visits(offset: 0, limit: 1).rows.first?.enterpriseId else {
            throw BenchError.unexpected("the demo database has no visit")
        }
        let visit = try database.startVisit(enterpriseId: enterprise, type: .riskScreening)
        guard let checklist = try database.checklist(templateId: visit.templateId, version: visit.templateVersion) else {
            throw BenchError.unexpected("the demo checklist is missing")
        }
        for (index, item) in checklist.items.prefix(10).enumerated() {
            _ = try database.setAnswer(visitId: visit.id, itemCode: item.code, value: .nonCompliant,
                                       note: "现场查阅台账发现第\(index + 1)项问题：记录不全，部分职工情况与花名册不一致。")
            _ = try database.addRecommendation(visitId: visit.id, itemCodes: [item.code],
                                               text: "请于期限内完成第\(index + 1)项整改，完善相关制度和台账，并报送整改材料。",
                                               priority: .medium, deadline: visit.date.adding(days: 15 + index))
        }
        return try database.completeVisit(id: visit.id).id
    }
}
