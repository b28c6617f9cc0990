import FieldbookBundle
import FieldbookCore

/// One self-contained, printable HTML page: inline CSS, inline SVG bar charts, no scripts and
/// nothing fetched from elsewhere.
struct HTMLReport {
    let labels: ReportLabels

    func render(_ data: HQReportData) -> String {
        let lang = labels.language == .zh ? "zh-CN" : "en"
        var body = "<h1>\(escape(labels.title))</h1>\n<p class=\"period\">\(escape(labels.period(data)))</p>\n"
        body += section(labels.totals, table(nil, labels.totalRows(data.totals).map { [$0.0, String($0.1)] }))
        body += section(labels.outOfTown, table(nil, labels.outOfTownRows(data.outOfTown).map { [$0.0, String($0.1)] }))
        body += section(labels.statuses, table(nil, labels.statusRows(data)))
        body += section(labels.visitsByType, bars(data.visitsByType.map { ($0.0.label(in: labels.language), $0.1, "#4a78b5") }))
        body += section(labels.risk, bars(data.riskDistribution.map { ($0.0.label(in: labels.language), $0.1, color($0.0)) }))
        body += section(labels.warning, data.earlyWarning.isEmpty ? "<p>\(escape(labels.none))</p>"
                        : table(labels.warningHeader, labels.warningRows(data.earlyWarning)))
        body += section(labels.projects, data.projects.isEmpty ? "<p>\(escape(labels.none))</p>"
                        : table(labels.projectHeader, labels.projectRows(data.projects)))
        body += section(labels.byDistrict, table(labels.groupHeader, labels.groupRows(data.byDistrict)))
        body += section(labels.byInspector, table(labels.groupHeader, labels.groupRows(data.byInspector)))
        body += section(labels.briefings, data.briefings.isEmpty ? "<p>\(escape(labels.none))</p>"
                        : table(labels.briefingHeader, labels.briefingRows(data.briefings)))
        return """
            <!DOCTYPE html>
            <html lang="\(lang)"><head><meta charset="utf-8"><title>\(escape(labels.title))</title>
            <style>
            body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif;margin:2em;color:#222}
            h1{font-size:1.5em}h2{font-size:1.15em;border-bottom:1px solid #999;margin-top:1.6em}
            table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #bbb;padding:.25em .6em;text-align:left}
            td.n{text-align:right}.period{color:#555}section{page-break-inside:avoid}
            @media print{body{margin:1cm}}
            </style></head><body>
            \(body)</body></html>

            """
    }

    private func section(_ title: String, _ content: String) -> String {
        "<section><h2>\(escape(title))</h2>\n\(content)\n</section>\n"
    }

    private func table(_ header: [String]?, _ rows: [[String]]) -> String {
        var out = "<table>"
        if let header { out += "<tr>" + header.map { "<th>\(escape($0))</th>" }.joined() + "</tr>" }
        for row in rows {
            out += "<tr>" + row.map { cell in
                cell.allSatisfy(\.isNumber) && !cell.isEmpty ? "<td class=\"n\">\(cell)</td>" : "<td>\(escape(cell))</td>"
            }.joined() + "</tr>\n"
        }
        return out + "</table>"
    }

    /// A horizontal bar chart as inline SVG, one bar per value, scaled to the largest.
    private func bars(_ values: [(String, Int, String)]) -> String {
        let rowHeight = 26, labelWidth = 170, barWidth = 360
        let maximum = max(values.map(\.1).max() ?? 0, 1)
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(labelWidth + barWidth + 60)\" "
            + "height=\"\(values.count * rowHeight + 4)\" role=\"img\">"
        for (index, (label, value, fill)) in values.enumerated() {
            let y = index * rowHeight + 2
            let length = value == 0 ? 0 : max(2, barWidth * value / maximum)
            svg += "<text x=\"0\" y=\"\(y + 17)\" font-size=\"13\">\(escape(label))</text>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(length)\" height=\"18\" fill=\"\(fill)\"/>"
            svg += "<text x=\"\(labelWidth + length + 6)\" y=\"\(y + 17)\" font-size=\"13\">\(value)</text>"
        }
        return svg + "</svg>"
    }

    private func color(_ level: RiskLevel) -> String {
        switch level {
        case .notAssessed: "#999999"
        case .low: "#5b9b5b"
        case .medium: "#d9a400"
        case .high: "#e06c00"
        case .major: "#c0392b"
        }
    }

    private func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
