import FieldbookCore
import TerminalKit

/// How the visit screens show a risk level and a score (same look on checklist and review).
enum RiskDisplay {
    static func style(_ level: RiskLevel, theme: Theme) -> Style {
        switch level {
        case .notAssessed: theme.muted
        case .low: theme.riskLow
        case .medium: theme.riskMedium
        case .high: theme.riskHigh
        case .major: theme.riskMajor
        }
    }

    /// "23.5", or "—" when nothing is assessed yet.
    static func score(_ score: Double?) -> String {
        guard let score else { return "—" }
        let tenths = Int((score * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }

    /// A share in percent with one decimal: 0.125 → "12.5".
    static func percent(_ share: Double) -> String { score(share * 100) }
}
