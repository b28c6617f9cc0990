import FieldbookCore

/// The one-line figures editor's text: the item's figures in order (e.g. workers / amount /
/// months), separated by spaces, "/" or "、"; an empty part or "-" records nothing.
enum FiguresInput {
    static func text(_ figures: AnswerFigures, order: [AnswerFigure]) -> String {
        order.map { value(of: $0, in: figures).map(String.init) ?? "-" }.joined(separator: " / ")
    }

    /// The parsed figures, or the first part that is not a whole number ≥ 0.
    static func parse(_ text: String, order: [AnswerFigure]) -> Result<AnswerFigures, BadPart> {
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "/" || $0 == "、" || $0 == "，" || $0 == "," })
            .map(String.init)
        guard parts.count <= order.count else { return .failure(BadPart(text: parts[order.count])) }
        var figures = AnswerFigures()
        for (figure, part) in zip(order, parts) where part != "-" {
            // Inspectors copy amounts as written on payrolls: "35,000" is split above, so refuse
            // anything but digits rather than guess.
            guard part.allSatisfy(\.isASCII), let number = Int(part), number >= 0 else {
                return .failure(BadPart(text: part))
            }
            switch figure {
            case .workers: figures.workers = number
            case .amount: figures.amountYuan = number
            case .months: figures.months = number
            }
        }
        return .success(figures)
    }

    struct BadPart: Error, Equatable { let text: String }

    static func value(of figure: AnswerFigure, in figures: AnswerFigures) -> Int? {
        switch figure {
        case .workers: figures.workers
        case .amount: figures.amountYuan
        case .months: figures.months
        }
    }

    /// "涉及人数 40 · 持续月数 2" for the panel; empty when nothing is recorded.
    static func summary(_ figures: AnswerFigures, order: [AnswerFigure], language: Language) -> String {
        order.compactMap { figure in value(of: figure, in: figures).map { "\(figure.label(in: language)) \($0)" } }
            .joined(separator: " · ")
    }
}
