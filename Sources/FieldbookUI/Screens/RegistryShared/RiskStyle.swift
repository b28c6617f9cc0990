import FieldbookCore
import TerminalKit

extension Theme {
    /// The style a risk level is shown in, so major and high risk stand out wherever they appear.
    func style(for level: RiskLevel?) -> Style {
        switch level {
        case .low: riskLow
        case .medium: riskMedium
        case .high: riskHigh
        case .major: riskMajor
        case .notAssessed, nil: muted
        }
    }
}

extension RiskLevel {
    /// The widest label in `language`: the width of a risk column.
    static func labelWidth(_ language: Language) -> Int {
        allCases.map { $0.label(in: language).displayWidth }.max() ?? 0
    }
}
