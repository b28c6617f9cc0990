import FieldbookCore
import TerminalKit

/// The selected recommendation in full under a list: its whole text wrapped, then the items it
/// addresses and when it was rectified or verified; a voided one says so first, with the reason,
/// who and when.
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
        if let date = recommendation.rectifiedOn { facts.append(env.text.rectifiedOn(date.description)) }
        if let date = recommendation.verifiedOn { facts.append(env.text.verifiedOn(date.description)) }
        let factsRow = Rect(x: inner.x, y: inner.bottom - 1, width: inner.width, height: 1)
        var textArea = Rect(x: inner.x, y: inner.y, width: inner.width, height: max(0, inner.height - 1))
        if recommendation.isVoided, textArea.height > 0 {
            let line = RemovalQuestion.voidedLine(reason: recommendation.voidReason, by: recommendation.voidedBy,
                                                  at: recommendation.voidedAt, env: env)
            buffer.write(line.truncated(toWidth: inner.width), at: inner.origin, style: env.theme.warning)
            textArea = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: max(0, textArea.height - 1))
        }
        Paragraph(recommendation.text, style: recommendation.isVoided ? env.theme.muted : env.theme.normal)
            .render(in: textArea, buffer: &buffer)
        buffer.write(facts.joined(separator: "  ").truncated(toWidth: factsRow.width), at: factsRow.origin,
                     style: env.theme.muted)
    }
}
