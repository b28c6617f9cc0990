import FieldbookCore

/// The fields of the visit form, in focus order.
enum VisitFormField: Hashable, Sendable, CaseIterable {
    case enterprise, date, type, start, end, inspectors, personsMet
    case employees, contracts, insured, dispatched, migrant, attendees
    case notes

    /// The workforce figures (and attendees): whole numbers, checked against each other.
    static let figures: [VisitFormField] = [.employees, .contracts, .insured, .dispatched, .migrant, .attendees]

    var isFigure: Bool { Self.figures.contains(self) }

    /// Fields edited as text (everything but the type choice).
    var isText: Bool { self != .type }

    /// The field's name in a `ScreenDraft`.
    var draftKey: String { String(describing: self) }

    init?(draftKey: String) {
        guard let field = Self.allCases.first(where: { $0.draftKey == draftKey }) else { return nil }
        self = field
    }

    func label(_ text: any Catalogue) -> String {
        switch self {
        case .enterprise: text.visitFieldEnterprise
        case .date: text.visitFieldDate
        case .type: text.visitFieldType
        case .start: text.visitFieldStart
        case .end: text.visitFieldEnd
        case .inspectors: text.visitFieldInspectors
        case .personsMet: text.visitFieldPersonsMet
        case .employees: text.visitFieldEmployees
        case .contracts: text.visitFieldContracts
        case .insured: text.visitFieldInsured
        case .dispatched: text.visitFieldDispatched
        case .migrant: text.visitFieldMigrant
        case .attendees: text.visitFieldAttendees
        case .notes: text.visitFieldNotes
        }
    }

    /// The stored value of a figure field.
    func figure(of visit: SiteVisit) -> Int? {
        switch self {
        case .employees: visit.employees
        case .contracts: visit.writtenContracts
        case .insured: visit.socialInsuranceEnrolled
        case .dispatched: visit.dispatchedWorkers
        case .migrant: visit.migrantWorkers
        case .attendees: visit.attendees
        default: nil
        }
    }

    func setFigure(_ value: Int?, in visit: inout SiteVisit) {
        switch self {
        case .employees: visit.employees = value
        case .contracts: visit.writtenContracts = value
        case .insured: visit.socialInsuranceEnrolled = value
        case .dispatched: visit.dispatchedWorkers = value
        case .migrant: visit.migrantWorkers = value
        case .attendees: visit.attendees = value
        default: break
        }
    }

    /// How the stored visit shows in this field's text.
    func text(of visit: SiteVisit) -> String {
        switch self {
        case .enterprise, .type: ""
        case .date: visit.date.description
        case .start: visit.startTime?.description ?? ""
        case .end: visit.endTime?.description ?? ""
        case .inspectors: visit.inspectors.joined(separator: "、")
        case .personsMet: visit.personsMet
        case .notes: visit.notes
        default: figure(of: visit).map(String.init) ?? ""
        }
    }
}
