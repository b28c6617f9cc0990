import PDFWriter

/// Lays a `DocumentPlan` out on A4 pages: blocks flow top to bottom; a line of text is never
/// split across pages; a heading is kept with the start of what follows; a table row that does
/// not fit continues on the next page under a repeated header row; signatures stay together.
/// Every page gets the footer (document note and 第 X 页 共 Y 页) once the page count is known.
struct PageLayout {
    let fonts: FontSet
    let breaker: LineBreaker

    static let margin = (left: 62.0, right: 62.0, top: 60.0, bottom: 64.0)
    static let bodySize = 11.0
    static let tableSize = 9.5
    static let titleSize = 18.0

    private var pages: [PDFCanvas] = []
    private var page = PDFCanvas()
    /// Distance from the page bottom to the top of the next thing to place.
    private var cursor = 0.0
    private var width: Double { page.width - Self.margin.left - Self.margin.right }
    private var left: Double { Self.margin.left }
    private var pageBottom: Double { Self.margin.bottom }
    private var pageTop: Double { page.height - Self.margin.top }

    init(fonts: FontSet) {
        self.fonts = fonts
        breaker = LineBreaker(fonts: fonts)
        cursor = page.height - Self.margin.top
    }

    /// The pages of `plan`, footers included.
    static func pages(of plan: DocumentPlan, fonts: FontSet) -> [PDFCanvas] {
        var layout = PageLayout(fonts: fonts)
        for (index, block) in plan.blocks.enumerated() {
            let next = index + 1 < plan.blocks.count ? plan.blocks[index + 1] : nil
            layout.place(block, next: next)
        }
        layout.pages.append(layout.page)
        let count = layout.pages.count
        for index in layout.pages.indices {
            layout.pages[index] = layout.footer(on: layout.pages[index], note: plan.footerNote,
                                                label: plan.pageLabel.text(page: index + 1, of: count))
        }
        return layout.pages
    }

    static func lineHeight(_ size: Double) -> Double { size * 1.6 }
    /// Baseline below the top of a line box: the ideographs' ascent, centred in the extra leading.
    static func baseline(_ size: Double) -> Double { size * 0.3 + size * 0.88 }

    private mutating func newPage() {
        pages.append(page)
        page = PDFCanvas()
        cursor = pageTop
    }

    private var onFreshPage: Bool { cursor >= pageTop - 0.01 }

    /// Starts a new page unless `height` fits below the cursor.
    private mutating func reserve(_ height: Double) {
        if cursor - height < pageBottom - 0.01, !onFreshPage { newPage() }
    }

    private mutating func line(_ text: String, x: Double, size: Double, bold: Bool = false, gray: Double = 0) {
        reserve(Self.lineHeight(size))
        page.text(text, x: x, y: cursor - Self.baseline(size), size: size, bold: bold, gray: gray)
        cursor -= Self.lineHeight(size)
    }

    private mutating func place(_ block: DocumentBlock, next: DocumentBlock?) {
        switch block {
        case let .title(text):
            for line in breaker.lines(text, width: width, size: Self.titleSize) {
                let lineWidth = fonts.width(of: line, size: Self.titleSize)
                self.line(line, x: left + (width - lineWidth) / 2, size: Self.titleSize, bold: true)
            }
        case let .subtitle(text):
            for line in breaker.lines(text, width: width, size: Self.bodySize + 1) {
                let lineWidth = fonts.width(of: line, size: Self.bodySize + 1)
                self.line(line, x: left + (width - lineWidth) / 2, size: Self.bodySize + 1)
            }
        case let .trailing(text):
            for line in breaker.lines(text, width: width, size: Self.bodySize) {
                let lineWidth = fonts.width(of: line, size: Self.bodySize)
                self.line(line, x: left + width - lineWidth, size: Self.bodySize)
            }
        case let .heading(text):
            let lines = breaker.lines(text, width: width, size: Self.bodySize)
            // Keep the heading with at least two lines of what follows.
            let following = next.map { firstLinesHeight(of: $0) } ?? 0
            reserve(Double(lines.count) * Self.lineHeight(Self.bodySize) + following + 4)
            cursor -= 4
            for line in lines { self.line(line, x: left, size: Self.bodySize, bold: true) }
        case let .paragraph(text, indent):
            let indentWidth = indent ? 2 * Self.bodySize : 0
            for (index, line) in breaker.lines(text, width: width, size: Self.bodySize, firstIndent: indentWidth).enumerated() {
                self.line(line, x: left + (index == 0 ? indentWidth : 0), size: Self.bodySize)
            }
        case let .fields(fields):
            placeFields(fields)
        case let .table(table):
            placeTable(table)
        case let .remark(text):
            placeRemark(text)
        case let .signatures(signatures):
            placeSignatures(signatures)
        case let .space(points):
            if !onFreshPage { cursor = max(pageBottom, cursor - points) }
        }
    }

    /// The height of the first two lines of a block (what a heading must be kept with).
    private func firstLinesHeight(of block: DocumentBlock) -> Double {
        switch block {
        case .table: 2 * Self.lineHeight(Self.tableSize) + 8
        case .signatures: 120
        default: 2 * Self.lineHeight(Self.bodySize)
        }
    }

    private mutating func placeFields(_ fields: [DocumentField]) {
        let labelWidth = min(width * 0.4, (fields.map { fonts.width(of: $0.label, size: Self.bodySize) }.max() ?? 0) + 4)
        for field in fields {
            let values = breaker.lines(field.value.isEmpty ? "—" : field.value, width: width - labelWidth, size: Self.bodySize)
            for (index, value) in values.enumerated() {
                reserve(Self.lineHeight(Self.bodySize))
                if index == 0 {
                    page.text(field.label, x: left, y: cursor - Self.baseline(Self.bodySize), size: Self.bodySize, gray: 0.25)
                }
                self.line(value, x: left + labelWidth, size: Self.bodySize)
            }
        }
    }

    private mutating func placeRemark(_ text: String) {
        let size = Self.bodySize - 1
        let lines = breaker.lines(text, width: width - 16, size: size)
        let height = Double(lines.count) * Self.lineHeight(size) + 8
        reserve(height)
        page.fill(x: left, y: cursor - height, width: width, height: height, gray: 0.92)
        cursor -= 4
        for line in lines { self.line(line, x: left + 8, size: size) }
        cursor -= 4
    }

    private mutating func placeSignatures(_ signatures: [DocumentSignature]) {
        let size = Self.bodySize
        let block = Double(signatures.count) * (Self.lineHeight(size) * 2.6)
        reserve(block)
        for signature in signatures {
            cursor -= Self.lineHeight(size) * 1.2
            let y = cursor - Self.baseline(size)
            let partyWidth = fonts.width(of: signature.party, size: size)
            page.text(signature.party, x: left, y: y, size: size)
            let lineStart = left + partyWidth + 6
            let dateX = left + width * 0.62
            page.line(x1: lineStart, y1: y - 3, x2: dateX - 14, y2: y - 3, width: 0.6)
            page.text(signature.dateLabel, x: dateX, y: y, size: size)
            let dateWidth = fonts.width(of: signature.dateLabel, size: size)
            page.line(x1: dateX + dateWidth + 6, y1: y - 3, x2: left + width, y2: y - 3, width: 0.6)
            cursor -= Self.lineHeight(size) * 1.4
        }
    }

    // MARK: Tables

    private mutating func placeTable(_ table: DocumentTable) {
        let size = Self.tableSize
        let padding = 3.0
        let total = table.columns.map(\.share).reduce(0, +)
        let widths = table.columns.map { $0.share / total * width }
        var starts: [Double] = []
        var x = left
        for columnWidth in widths { starts.append(x); x += columnWidth }
        let lineHeight = Self.lineHeight(size) * 0.9

        func wrap(_ cells: [String]) -> [[String]] {
            cells.enumerated().map { index, cell in
                breaker.lines(cell, width: widths[index] - 2 * padding, size: size)
            }
        }
        let header = wrap(table.columns.map(\.title))
        let headerHeight = Double(header.map(\.count).max() ?? 1) * lineHeight + 2 * padding

        func drawRow(_ cells: [[String]], range: Range<Int>, bold: Bool, fill: Double?, span: Bool) {
            let height = Double(range.count) * lineHeight + 2 * padding
            let top = cursor
            if let fill { page.fill(x: left, y: top - height, width: width, height: height, gray: fill) }
            for (column, lines) in cells.enumerated() {
                let cellWidth = span ? width : widths[column]
                for (offset, index) in range.enumerated() where index < lines.count {
                    let text = lines[index]
                    var textX = starts[column] + padding
                    if !span, table.columns[column].centred {
                        textX = starts[column] + (cellWidth - fonts.width(of: text, size: size)) / 2
                    }
                    let baseline = top - padding - Double(offset) * lineHeight - (lineHeight - size) / 2 - size * 0.88
                    page.text(text, x: textX, y: baseline, size: size, bold: bold)
                }
            }
            // Borders: top, bottom, and the column rules of this row.
            page.line(x1: left, y1: top, x2: left + width, y2: top)
            page.line(x1: left, y1: top - height, x2: left + width, y2: top - height)
            let rules = span ? [left, left + width] : starts + [left + width]
            for ruleX in rules { page.line(x1: ruleX, y1: top, x2: ruleX, y2: top - height) }
            cursor -= height
        }

        func startOnPage() {
            drawRow(header, range: 0 ..< (header.map(\.count).max() ?? 1), bold: true, fill: 0.9, span: false)
        }

        reserve(headerHeight + lineHeight + 2 * padding)
        startOnPage()
        for row in table.rows {
            let cells: [[String]], span: Bool
            switch row {
            case let .cells(texts): cells = wrap(texts); span = false
            case let .section(text): cells = [breaker.lines(text, width: width - 2 * padding, size: size)]; span = true
            }
            let lineCount = cells.map(\.count).max() ?? 1
            var done = 0
            while done < lineCount {
                let available = Int(((cursor - pageBottom) - 2 * padding) / lineHeight + 0.001)
                let wholeRowFitsFreshPage = Double(lineCount) * lineHeight + 2 * padding + headerHeight <= pageTop - pageBottom
                // Move a row that fits on one page to the next page whole; split only longer ones.
                if available <= 0 || (done == 0 && available < lineCount && wholeRowFitsFreshPage) {
                    newPage()
                    startOnPage()
                    continue
                }
                let take = min(available, lineCount - done)
                drawRow(cells, range: done ..< done + take, bold: span, fill: span ? 0.96 : nil, span: span)
                done += take
            }
        }
        cursor -= 6
    }

    // MARK: Footer

    private func footer(on page: PDFCanvas, note: String, label: String) -> PDFCanvas {
        var page = page
        let size = 8.5
        let y = Self.margin.bottom - 30
        page.line(x1: left, y1: y + 14, x2: page.width - Self.margin.right, y2: y + 14, width: 0.4, gray: 0.5)
        page.text(note, x: left, y: y, size: size, gray: 0.35)
        let labelWidth = fonts.width(of: label, size: size)
        page.text(label, x: page.width - Self.margin.right - labelWidth, y: y, size: size, gray: 0.35)
        return page
    }
}
