import FieldbookCore
import TerminalKit

/// The one-glyph marker of an answer, so findings read without colour (monochrome terminals)
/// and the style that makes non-compliant items stand out.
enum AnswerMarker {
    static func glyph(_ value: AnswerValue) -> String {
        switch value {
        case .compliant: "✓"
        case .nonCompliant: "✗"
        case .notApplicable: "–"
        case .unanswered: "·"
        }
    }

    static func style(_ value: AnswerValue, theme: Theme) -> Style {
        switch value {
        case .compliant: theme.compliant
        case .nonCompliant: theme.nonCompliant.bold
        case .notApplicable: theme.notApplicable
        case .unanswered: theme.muted
        }
    }
}
