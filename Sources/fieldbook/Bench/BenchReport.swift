import Foundation

/// The figures of one run with what it ran on, as an aligned text table, Markdown or JSON.
struct BenchReport: Codable, Sendable {
    var enterprises: Int
    var visits: Int
    var bundles: Int
    var generationSeconds: Double?
    var loadAverage: String
    var build: String
    var figures: [BenchFigure]

    static let columns = ["figure", "runs", "median", "p99", "unit", "target", "verdict", "what"]

    private var rows: [[String]] {
        figures.map { f in
            [f.key, String(f.runs), BenchFigure.number(f.median), BenchFigure.number(f.p99), f.unit.rawValue,
             f.targetText, f.verdict, f.title]
        }
    }

    var header: String {
        let generated = generationSeconds.map { String(format: ", generated in %.1f s", $0) } ?? ""
        return "\(enterprises) enterprises, \(visits) visits, \(bundles) HQ bundles\(generated); \(build) build; load average \(loadAverage)"
    }

    var table: String {
        let all = [Self.columns] + rows
        let widths = Self.columns.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        let numeric: Set<Int> = [1, 2, 3]
        let lines = all.map { row in
            row.enumerated().map { column, text in
                let pad = String(repeating: " ", count: widths[column] - text.count)
                return column == row.count - 1 ? text : numeric.contains(column) ? pad + text : text + pad
            }.joined(separator: "  ")
        }
        let notes = figures.filter { !$0.note.isEmpty }.map { "  \($0.key): \($0.note)" }
        return ([header, ""] + lines + ["", "notes:"] + notes).joined(separator: "\n")
    }

    var markdown: String {
        var lines = [header, "", "| " + Self.columns.joined(separator: " | ") + " | note |",
                     "|" + String(repeating: "---|", count: Self.columns.count + 1)]
        for (row, figure) in zip(rows, figures) {
            lines.append("| " + (row + [figure.note]).map { $0.replacingOccurrences(of: "|", with: "\\|") }
                .joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    static func loadAverage() -> String {
        (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))
            .map { $0.split(separator: " ").prefix(3).joined(separator: " ") } ?? "unknown"
    }
}
