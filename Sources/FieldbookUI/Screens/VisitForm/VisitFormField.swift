import FieldbookCore

/// The fields of the visit form, in focus order. A visit shows only the fields of its type
/// (`fields(for:)`): a summons asks for the person summoned and the talk, a briefing for the
/// attending enterprises and what was handed out, the others for the people met and the workforce.
enum VisitFormField: Hashable, Sendable, CaseIterable {
    case enterprise, date, type, start, end, inspectors, personsMet
    case employees, contracts, insured, dispatched, migrant
    case place, summonedPerson, summonedRole, summonsReason, commitments, commitmentDate, talkRecord
    case attendees, attendeeNames, materials, materialsCount, questionsAnswered, legalSessions, participants
    case notes

    /// Whole numbers (the workforce figures and the briefing's counts), typed as digits only.
    static let figures: [VisitFormField] = [.employees, .contracts, .insured, .dispatched, .migrant, .attendees,
                                            .materialsCount, .questionsAnswered, .legalSessions]
    static let workforce: [VisitFormField] = [.employees, .contracts, .insured, .dispatched, .migrant]

    var isFigure: Bool { Self.figures.contains(self) }

    /// Fields edited as text (everything but the type choice).
    var isText: Bool { self != .type }

    /// Multi-line text (a text area rather than one row).
    var isArea: Bool { self == .notes || self == .talkRecord }

    /// The fields a visit of `type` shows, in focus order.
    static func fields(for type: VisitType) -> [VisitFormField] {
        var fields: [VisitFormField] = [.enterprise, .date, .type, .start, .end, .inspectors]
        switch type {
        case .summons:
            fields += [.place, .summonedPerson, .summonedRole, .summonsReason, .commitments, .commitmentDate, .talkRecord]
        case .policyBriefing:
            fields += [.place, .attendees, .attendeeNames, .materials, .materialsCount, .questionsAnswered,
                       .legalSessions, .participants]
        case .mediation:
            fields += [.personsMet, .place]
        default:
            fields += [.personsMet] + (type.recordsWorkforce ? workforce : [])
        }
        return fields + [.notes]
    }

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
        case .place: text.visitFieldPlace
        case .summonedPerson: text.visitFieldSummonedPerson
        case .summonedRole: text.visitFieldSummonedRole
        case .summonsReason: text.visitFieldSummonsReason
        case .commitments: text.visitFieldCommitments
        case .commitmentDate: text.visitFieldCommitmentDate
        case .talkRecord: text.visitFieldTalkRecord
        case .attendees: text.visitFieldAttendees
        case .attendeeNames: text.visitFieldAttendeeNames
        case .materials: text.visitFieldMaterials
        case .materialsCount: text.visitFieldMaterialsCount
        case .questionsAnswered: text.visitFieldQuestions
        case .legalSessions: text.visitFieldLegalSessions
        case .participants: text.visitFieldParticipants
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
        case .materialsCount: visit.materialsCount
        case .questionsAnswered: visit.questionsAnswered
        case .legalSessions: visit.legalSessions
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
        case .materialsCount: visit.materialsCount = value
        case .questionsAnswered: visit.questionsAnswered = value
        case .legalSessions: visit.legalSessions = value
        default: break
        }
    }

    /// The visit's text field this form field edits (the type's optional texts).
    var optionalText: WritableKeyPath<SiteVisit, String?>? {
        switch self {
        case .place: \.place
        case .summonedPerson: \.summonedPerson
        case .summonedRole: \.summonedRole
        case .summonsReason: \.summonsReason
        case .commitments: \.commitments
        case .talkRecord: \.talkRecord
        case .attendeeNames: \.attendeeNames
        case .materials: \.materials
        default: nil
        }
    }

    /// The column of `TextLimits` the field is limited by.
    var column: String? {
        switch self {
        case .place: "place"
        case .summonedPerson: "summonedPerson"
        case .summonedRole: "summonedRole"
        case .summonsReason: "summonsReason"
        case .commitments: "commitments"
        case .talkRecord: "talkRecord"
        case .attendeeNames: "attendeeNames"
        case .materials: "materials"
        case .personsMet: "personsMet"
        case .notes: "notes"
        default: nil
        }
    }

    /// How the stored visit shows in this field's text.
    func text(of visit: SiteVisit) -> String {
        if let keyPath = optionalText { return visit[keyPath: keyPath] ?? "" }
        switch self {
        case .enterprise, .type, .participants: return ""
        case .date: return visit.date.description
        case .commitmentDate: return visit.commitmentDate?.description ?? ""
        case .start: return visit.startTime?.description ?? ""
        case .end: return visit.endTime?.description ?? ""
        case .inspectors: return visit.inspectors.joined(separator: "、")
        case .personsMet: return visit.personsMet
        case .notes: return visit.notes
        default: return figure(of: visit).map(String.init) ?? ""
        }
    }
}
