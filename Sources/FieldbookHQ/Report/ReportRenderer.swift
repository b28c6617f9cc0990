import DisplayWidth
import FieldbookBundle
import FieldbookCore
import Foundation

/// Turns report figures into text, CSV or one self-contained HTML page.
public enum ReportRenderer {
    public static func render(_ data: HQReportData, format: ReportFormat, language: Language) -> String {
        let labels = ReportLabels(language: language)
        switch format {
        case .text: return TextReport(labels: labels).render(data)
        case .csv: return CSVReport(labels: labels).render(data)
        case .html: return HTMLReport(labels: labels).render(data)
        }
    }
}

/// The rows of the two breakdown tables and the warning list, shared by every format.
extension ReportLabels {
    func groupRows(_ groups: [HQReportData.Group]) -> [[String]] {
        groups.map { [groupName($0.name), String($0.visits), String($0.enterprises), String($0.recommendations),
                      String($0.overdue), String($0.highOrMajor)] }
    }

    func warningRows(_ warnings: [HQReportData.Warning]) -> [[String]] {
        warnings.map { [$0.enterpriseName, $0.creditCode, groupName($0.district), $0.riskLevel.label(in: language),
                        $0.visitDate.description, groupName($0.inspector), String($0.openRecommendations)] }
    }
}

struct TextReport {
    let labels: ReportLabels

    func render(_ data: HQReportData) -> String {
        var out = labels.title + "\n" + labels.period(data) + "\n\n" + labels.totals + "\n"
        out += table(labels.totalRows(data.totals).map { [$0.0, String($0.1)] })
        out += "\n" + labels.outOfTown + "\n" + table(labels.outOfTownRows(data.outOfTown).map { [$0.0, String($0.1)] })
        out += "\n" + labels.statuses + "\n" + table(labels.statusRows(data))
        out += "\n" + labels.visitsByType + "\n"
        out += table(data.visitsByType.map { [$0.0.label(in: labels.language), String($0.1)] })
        out += "\n" + labels.risk + "\n"
        out += table(data.riskDistribution.map { [$0.0.label(in: labels.language), String($0.1)] })
        out += "\n" + labels.warning + "\n"
        out += data.earlyWarning.isEmpty ? labels.none + "\n" : table([labels.warningHeader] + labels.warningRows(data.earlyWarning))
        out += "\n" + labels.projects + "\n"
        out += data.projects.isEmpty ? labels.none + "\n" : table([labels.projectHeader] + labels.projectRows(data.projects))
        out += "\n" + labels.byDistrict + "\n" + table([labels.groupHeader] + labels.groupRows(data.byDistrict))
        out += "\n" + labels.byInspector + "\n" + table([labels.groupHeader] + labels.groupRows(data.byInspector))
        out += "\n" + labels.briefings + "\n"
        out += data.briefings.isEmpty ? labels.none + "\n" : table([labels.briefingHeader] + labels.briefingRows(data.briefings))
        return out
    }

    /// Columns padded by display width (a Chinese character takes two columns).
    private func table(_ rows: [[String]]) -> String {
        guard let count = rows.map(\.count).max() else { return "" }
        let widths = (0..<count).map { column in rows.map { column < $0.count ? width($0[column]) : 0 }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { index, cell in
                index == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[index] - width(cell) + 2)
            }.joined()
        }.joined(separator: "\n") + "\n"
    }

    private func width(_ text: String) -> Int { text.displayWidth }
}

struct CSVReport {
    let labels: ReportLabels

    /// Sections one after another (section, then its rows), UTF-8 with BOM for Excel.
    func render(_ data: HQReportData) -> String {
        var rows: [[String]] = [[labels.title], [labels.period(data)], [], [labels.totals]]
        rows += labels.totalRows(data.totals).map { [$0.0, String($0.1)] }
        rows += [[], [labels.outOfTown]] + labels.outOfTownRows(data.outOfTown).map { [$0.0, String($0.1)] }
        rows += [[], [labels.statuses]] + labels.statusRows(data)
        rows += [[], [labels.visitsByType]] + data.visitsByType.map { [$0.0.label(in: labels.language), String($0.1)] }
        rows += [[], [labels.risk]] + data.riskDistribution.map { [$0.0.label(in: labels.language), String($0.1)] }
        rows += [[], [labels.warning], labels.warningHeader] + labels.warningRows(data.earlyWarning)
        rows += [[], [labels.projects], labels.projectHeader] + labels.projectRows(data.projects)
        rows += [[], [labels.byDistrict], labels.groupHeader] + labels.groupRows(data.byDistrict)
        rows += [[], [labels.byInspector], labels.groupHeader] + labels.groupRows(data.byInspector)
        rows += [[], [labels.briefings], labels.briefingHeader] + labels.briefingRows(data.briefings)
        return CSVWriter.byteOrderMark + rows.map { CSVWriter.line($0) }.joined()
    }
}
