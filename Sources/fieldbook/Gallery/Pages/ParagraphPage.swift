import TerminalKit

/// Blocks with borders and titles around paragraphs that wrap by display width: Chinese breaks
/// between any two characters, English at spaces, punctuation never starts a line.
struct ParagraphPage: GalleryPage {
    let title = "段落 Paragraph"

    static let text = "用人单位自用工之日起即与劳动者建立劳动关系，应当订立书面劳动合同。"
        + " An employer must sign a written labour contract within one month of the start of employment;"
        + " 逾期未签的，应当向劳动者每月支付二倍的工资。"

    func render(into buffer: inout Buffer, area: Rect, context: GalleryContext) {
        let theme = context.theme
        let columns = area.columns([.fixed(23), .fill(1)], spacing: 2)
        let narrow = Block(title: "窄 23 columns", theme: theme, isFocused: true, border: .rounded)
        narrow.render(in: columns[0], buffer: &buffer)
        Paragraph(Self.text, style: theme.normal).render(in: narrow.inner(columns[0]), buffer: &buffer)
        let halves = columns[1].rows([.percentage(50), .fill(1)])
        let wide = Block(title: "宽 Wide — 第 8 条 Article 8", theme: theme, border: .plain)
        wide.render(in: halves[0], buffer: &buffer)
        Paragraph(Self.text, style: theme.normal).render(in: wide.inner(halves[0]), buffer: &buffer)
        let centred = Block(title: "居中 Centred", theme: theme, border: .double)
        centred.render(in: halves[1], buffer: &buffer)
        Paragraph("整改期限：2025年6月30日\nDeadline: 30 June 2025", style: theme.warning, alignment: .center)
            .render(in: centred.inner(halves[1]), buffer: &buffer)
    }
}
