import TerminalKit

/// The keys that move between the screens of one visit; the same on the form, the checklist and
/// the review so the inspector learns them once. Function keys, because letters are typed into
/// fields; the Ctrl letters are for keyboards without F-keys.
enum VisitNavigation: Hashable, Sendable {
    case form, checklist, recommendations, review

    var keys: [Key] {
        switch self {
        case .form: [.function(4), .ctrl("o")]
        case .checklist: [.function(5), .ctrl("t")]
        case .recommendations: [.function(6), .ctrl("r")]
        case .review: [.function(7), .ctrl("g")]
        }
    }

    var keyLabel: String {
        switch self {
        case .form: "F4"
        case .checklist: "F5"
        case .recommendations: "F6"
        case .review: "F7"
        }
    }

    func help(_ env: AppEnvironment) -> String {
        switch self {
        case .form: env.text.keyVisitForm
        case .checklist: env.text.keyChecklist
        case .recommendations: env.text.keyRecommendations
        case .review: env.text.keyReview
        }
    }

    func route(visitId: String) -> Route {
        switch self {
        case .form: .visit(id: visitId)
        case .checklist: .checklist(visitId: visitId)
        case .recommendations: .recommendations(visitId: visitId)
        case .review: .review(visitId: visitId)
        }
    }

    /// A binding for a screen's key map that wraps this navigation in the screen's action type.
    func binding<Action>(_ action: Action, _ env: AppEnvironment) -> KeyBinding<Action> {
        KeyBinding(action, keys: keys, keyLabel: keyLabel, help: help(env))
    }
}
