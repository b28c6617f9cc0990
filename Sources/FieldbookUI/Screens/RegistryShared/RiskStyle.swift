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
