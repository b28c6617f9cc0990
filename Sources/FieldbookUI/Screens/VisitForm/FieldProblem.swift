import FieldbookCore
import TerminalKit

/// Why a field's text could not be saved. Kept as a value (not a string) so the message follows
/// a language switch.
enum FieldProblem: Hashable, Sendable {
    case notANumber
    case time
    case date(DateFieldState.Problem)
    case dateRequired
    case enterpriseNotChosen
    /// A sub-count (written contracts, insured, dispatched) above the number of employees.
    case exceedsEmployees(Int)
    /// Employees fewer than a sub-count already given.
    case belowFigure(VisitFormField, Int)
    /// A date after today, not (yet) confirmed: the form asked, the inspector went back.
    case dateAfterToday(LocalDate)
    /// A rule of the domain (e.g. written contracts above employees), in core's own words.
    case rule(Bilingual)

    /// A refused save, in both languages.
    static func failure(_ error: any Error) -> FieldProblem {
        if let error = error as? any UserFacingError {
            return .rule(Bilingual(zh: error.message(in: .zh), en: error.message(in: .en)))
        }
        let reason = String(describing: error)
        return .rule(Bilingual(zh: Chinese().unexpectedError(reason), en: English().unexpectedError(reason)))
    }

    func message(_ env: AppEnvironment) -> String {
        let text = env.text
        switch self {
        case .notANumber: return text.problemNotANumber
        case .time: return text.problemTime
        case .date(.malformed): return text.problemDateMalformed
        case .date(.noSuchDay): return text.problemDateNoSuchDay
        case .dateRequired: return text.problemDateRequired
        case .enterpriseNotChosen: return text.problemEnterpriseNotChosen
        case .exceedsEmployees(let employees): return text.problemExceedsEmployees(employees)
        case .belowFigure(let field, let value): return text.problemBelowFigure(field.label(text), value)
        case .dateAfterToday(let today): return text.problemDateAfterToday(today.description)
        case .rule(let message): return message.text(in: env.language)
        }
    }
}
