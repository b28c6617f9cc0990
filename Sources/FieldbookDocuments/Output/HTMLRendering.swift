/// A document as one self-contained HTML page: for viewing, and for copying into other
/// documents. Print CSS sets A4 with the same margins as the PDF and numbers the pages
/// (where the browser supports page-margin boxes); tables repeat their header on every page.
enum HTMLRendering {
    static func html(_ plan: DocumentPlan) -> String {
        var body = ""
        for block in plan.blocks {
            switch block {
            case let .title(text): body += "<h1>\(escape(text))</h1>\n"
            case let .subtitle(text): body += "<p class=\"subtitle\">\(escape(text))</p>\n"
            case let .trailing(text): body += "<p class=\"number\">\(escape(text))</p>\n"
            case let .heading(text): body += "<h2>\(escape(text))</h2>\n"
            case let .paragraph(text, indent):
                body += "<p\(indent ? " class=\"indent\"" : "")>\(escape(text).replacingOccurrences(of: "\n", with: "<br>"))</p>\n"
            case let .fields(fields):
                body += "<dl>\n"
                for field in fields {
                    body += "<dt>\(escape(field.label))</dt><dd>\(escape(field.value.isEmpty ? "—" : field.value))</dd>\n"
                }
                body += "</dl>\n"
            case let .table(table):
                body += "<table>\n<colgroup>"
                let total = table.columns.map(\.share).reduce(0, +)
                for column in table.columns {
                    body += "<col style=\"width:\(Int((column.share / total * 100).rounded()))%\">"
                }
                body += "</colgroup>\n<thead><tr>"
                for column in table.columns { body += "<th>\(escape(column.title))</th>" }
                body += "</tr></thead>\n<tbody>\n"
                for row in table.rows {
                    switch row {
                    case let .section(text):
                        body += "<tr class=\"section\"><td colspan=\"\(table.columns.count)\">\(escape(text))</td></tr>\n"
                    case let .cells(cells):
                        body += "<tr>"
                        for (index, cell) in cells.enumerated() {
                            body += table.columns[index].centred ? "<td class=\"mark\">" : "<td>"
                            body += escape(cell) + "</td>"
                        }
                        body += "</tr>\n"
                    }
                }
                body += "</tbody>\n</table>\n"
            case let .remark(text): body += "<p class=\"remark\">\(escape(text))</p>\n"
            case let .signatures(signatures):
                body += "<div class=\"signatures\">\n"
                for signature in signatures {
                    body += "<p><span>\(escape(signature.party))</span><span class=\"blank\"></span>"
                    body += "<span>\(escape(signature.dateLabel))</span><span class=\"blank short\"></span></p>\n"
                }
                body += "</div>\n"
            case let .space(points): body += "<div style=\"height:\(Int(points))pt\"></div>\n"
            }
        }
        let pageLabel = plan.pageLabel == .chinese
            ? "\"第 \" counter(page) \" 页 共 \" counter(pages) \" 页\"" : "\"Page \" counter(page) \" of \" counter(pages)"
        return """
        <!DOCTYPE html>
        <html lang="\(plan.language)">
        <head>
        <meta charset="utf-8">
        <title>\(escape(plan.title))</title>
        <style>
        @page { size: A4; margin: 21mm 22mm 23mm 22mm;
          @bottom-left { content: "\(cssString(plan.footerNote))"; font-size: 8.5pt; color: #555; }
          @bottom-right { content: \(pageLabel); font-size: 8.5pt; color: #555; } }
        body { font-family: "AR PL UMing CN", "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", serif;
          font-size: 11pt; line-height: 1.6; max-width: 166mm; margin: 0 auto; color: #000; }
        h1 { font-size: 18pt; text-align: center; margin: 0.2em 0; }
        h2 { font-size: 11pt; margin: 0.8em 0 0.2em; break-after: avoid; }
        p { margin: 0.2em 0; }
        p.indent { text-indent: 2em; }
        p.number { text-align: right; }
        p.remark { background: #ebebeb; padding: 4pt 8pt; font-size: 10pt; }
        dl { display: grid; grid-template-columns: max-content 1fr; margin: 0; column-gap: 4pt; }
        dt { color: #404040; } dd { margin: 0; }
        table { width: 100%; border-collapse: collapse; font-size: 9.5pt; line-height: 1.4; }
        thead { display: table-header-group; }
        th { background: #e6e6e6; }
        th, td { border: 0.5pt solid #000; padding: 3pt; vertical-align: top; text-align: left; }
        td.mark { text-align: center; }
        tr { break-inside: avoid; }
        tr.section td { background: #f5f5f5; font-weight: bold; }
        .signatures { break-inside: avoid; margin-top: 2em; }
        .signatures p { display: flex; margin: 1.6em 0; }
        .blank { flex: 1; border-bottom: 0.6pt solid #000; margin: 0 1em 0 4pt; }
        .blank.short { flex: 0.6; }
        @media screen { body { margin: 2em auto; } }
        </style>
        </head>
        <body>
        \(body)</body>
        </html>

        """
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }

    private static func cssString(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: " ")
    }
}
