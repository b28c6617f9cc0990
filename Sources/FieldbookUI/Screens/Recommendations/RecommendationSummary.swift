import FieldbookCore
import TerminalKit

/// The selected recommendation in full under a list: its whole text wrapped, then the items it
/// addresses, what happened to it when, and the rectification evidence; a voided one says so
/// first, with the reason, who and when.
struct RecommendationSummary {
    let recommendation: Recommendation
    /// Shown first when the list spans enterprises (the table may have cut the name).
    var enterpriseName: String?
    let env: AppEnvironment

    func render(in area: Rect, buffer: inout Buffer) {
        guard area.height >= 2 else { return }
        let block = Block(title: nil, theme: env.theme, isFocused: false)
        block.render(in: area, buffer: &buffer)
        let inner = block.inner(area)
        var facts = enterpriseName.map { [$0] } ?? []
        facts.append(env.text.linkedItems(recommendation.itemCodes.isEmpty
            ? env.text.recommendationNoItems : recommendation.itemCodes.joined(separator: " ")))
        let cells = RecommendationCells(recommendation: recommendation, today: env.today)
        facts += cells.facts(env)
        let factsRow = Rect(x: inner.x, y: inner.bottom - 1, width: inner.width, height: 1)
        var textArea = Rect(x: inner.x, y: inner.y, width: inner.width, height: max(0, inner.height - 1))
        if recommendation.isVoided, textArea.height > 0 {
            let line = RemovalQuestion.voidedLine(reason: recommendation.voidReason, by: recommendation.voidedBy,
                                                  at: recommendation.voidedAt, env: env)
            buffer.write(line.truncated(toWidth: inner.width), at: inner.origin, style: env.theme.warning)
            textArea = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: max(0, textArea.height - 1))
        }
        // The evidence gets a row of its own above the dates when the panel has one to spare.
        if let evidence = cells.evidence(env), textArea.height >= 2 {
            textArea.height -= 1
            buffer.write(evidence.truncated(toWidth: inner.width), at: Point(x: inner.x, y: inner.bottom - 2),
                         style: env.theme.muted)
        }
        Paragraph(recommendation.text, style: recommendation.isVoided ? env.theme.muted : env.theme.normal)
            .render(in: textArea, buffer: &buffer)
        buffer.write(facts.joined(separator: "  ").truncated(toWidth: factsRow.width), at: factsRow.origin,
                     style: env.theme.muted)
    }
}
