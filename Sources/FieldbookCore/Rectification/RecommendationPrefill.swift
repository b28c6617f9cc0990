/// The text a recommendation from a non-compliant item starts with, as a bureau writes a screening
/// opinion (../shared/domain/checklist-review.md §4):
///
/// > 经排查，你单位存在未与12名劳动者订立书面劳动合同的情况，不符合《中华人民共和国劳动合同法》第十条的规定。
/// > 建议你单位于2025年7月15日前与上述劳动者补订书面劳动合同，并将整改情况及佐证材料报送十堰市人力资源和社会保障局。
///
/// Finding (with the figures recorded), full law name and article, "建议" with the deadline as a
/// date, and where to report: the issuing bureau of the database's document settings (the one
/// that heads the notice, `fieldbook document-settings`). "责令…改正" belongs to formal enforcement
/// instruments only, never here.
public enum RecommendationPrefill {
    /// nil when the item has no finding or remedy text (checklist v1): the caller falls back to
    /// naming the item and its basis.
    public static func text(item: ChecklistItem, figures: AnswerFigures, deadline: LocalDate, atOnce: Bool,
                            reportTo: Bilingual, language: Language) -> String? {
        let finding = fill(item.finding.text(in: language), figures)
        let remedy = item.remedy.text(in: language)
        guard !finding.isEmpty, !remedy.isEmpty else { return nil }
        let basis = inSentence(item.legalBasis.text(in: language), language: language)
        let reportTo = reportTo.text(in: language)
        switch language {
        case .zh:
            let when = atOnce ? "立即" : "于\(chineseDate(deadline))前"
            // A risk signal is practice, not a breach: its basis is named, not "不符合".
            let found = item.signal ? "经排查，你单位\(finding)（参照\(basis)）。" : "经排查，你单位\(finding)，不符合\(basis)的规定。"
            return found + "建议你单位\(when)\(remedy)，并将整改情况及佐证材料报送\(reportTo)。"
        case .en:
            let when = atOnce ? "at once" : "by \(englishDate(deadline))"
            let found = item.signal ? "The screening found that \(finding) (see \(basis))."
                : "The screening found that \(finding), contrary to \(basis)."
            return found + " We recommend that you \(remedy) \(when), and report the rectification with supporting "
                + "evidence to \(reportTo)."
        }
    }

    /// Several laws in a citation ("《劳动法》第十五条；《禁止使用童工规定》第二条") read in a sentence
    /// as "…第十五条和《禁止使用童工规定》第二条" (the last two joined by 和, the others by 、).
    static func inSentence(_ basis: String, language: Language) -> String {
        let parts = basis.components(separatedBy: language == .zh ? "；" : "; ")
        guard parts.count > 1 else { return basis }
        let head = parts.dropLast().joined(separator: language == .zh ? "、" : ", ")
        return head + (language == .zh ? "和" : " and ") + parts.last!
    }

    /// Replaces `{workers}`, `{amount}`, `{months}`; a `[…]` part whose figure is not recorded is
    /// left out, the brackets of the others dropped.
    static func fill(_ template: String, _ figures: AnswerFigures) -> String {
        var out = "", group = "", inGroup = false, groupComplete = true
        var index = template.startIndex
        while index < template.endIndex {
            let c = template[index]
            if c == "[" { inGroup = true; group = ""; groupComplete = true; index = template.index(after: index); continue }
            if c == "]", inGroup {
                if groupComplete { out += group }
                inGroup = false
                index = template.index(after: index)
                continue
            }
            if c == "{", let close = template[index...].firstIndex(of: "}") {
                let name = String(template[template.index(after: index)..<close])
                let value = AnswerFigure(rawValue: name).flatMap { figure -> Int? in
                    switch figure {
                    case .workers: figures.workers
                    case .amount: figures.amountYuan
                    case .months: figures.months
                    }
                }
                let text = value.map { name == "amount" ? grouped($0) : String($0) } ?? ""
                if value == nil { groupComplete = false }
                if inGroup { group += text } else { out += text }
                index = template.index(after: close)
                continue
            }
            if inGroup { group.append(c) } else { out.append(c) }
            index = template.index(after: index)
        }
        return out
    }

    /// 35000 → "35,000": amounts as payrolls and opinions write them.
    static func grouped(_ value: Int) -> String {
        let digits = String(value)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }

    /// "2026年7月15日", as an official document writes a date.
    public static func chineseDate(_ date: LocalDate) -> String { "\(date.year)年\(date.month)月\(date.day)日" }

    /// "15 July 2026".
    public static func englishDate(_ date: LocalDate) -> String {
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                      "October", "November", "December"]
        return "\(date.day) \(months[date.month - 1]) \(date.year)"
    }
}
