/// What the type-specific parts of a visit refuse (summons, briefing), each a one-line message in
/// both languages. Kept apart from `CoreError`, whose cases are the store's general ones.
public enum VisitTypeError: UserFacingError, Equatable {
    /// Commitments are made at the talk, so they fall due on or after it.
    case commitmentBeforeVisit(commitment: LocalDate, visitDate: LocalDate)
    /// Attending enterprises are listed on a policy briefing only.
    case participantsOnlyForBriefing(type: VisitType)
    /// An enterprise is listed once (the visit's own enterprise attends already).
    case participantListed(name: String)

    public func message(in language: Language) -> String {
        switch self {
        case let .commitmentBeforeVisit(commitment, visitDate):
            language == .zh
                ? "承诺日期\(commitment)早于约谈日期\(visitDate)"
                : "commitment date \(commitment) is before the summons (\(visitDate))"
        case let .participantsOnlyForBriefing(type):
            language == .zh
                ? "只有政策宣讲才列参加企业（本次为\(type.label.zh)）"
                : "only a policy briefing lists attending enterprises (this is a \(type.label.en))"
        case let .participantListed(name):
            language == .zh ? "“\(name)”已在参加企业中" : "\"\(name)\" is already attending"
        }
    }
}
