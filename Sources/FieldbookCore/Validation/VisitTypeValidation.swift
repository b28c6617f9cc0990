import Foundation

extension SiteVisit {
    /// The type-specific fields trimmed (empty text is nil), within `TextLimits`, figures not
    /// negative and a commitment date not before the visit. Fields of other types are kept as
    /// they are: switching a visit's type back and forth loses nothing typed.
    public func validatedTypeFields() throws -> SiteVisit {
        var v = self
        func text(_ keyPath: WritableKeyPath<SiteVisit, String?>, _ column: String, _ name: Bilingual) throws {
            let trimmed = v[keyPath: keyPath]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            let limit = TextLimits.limit(SiteVisit.databaseTableName, column)
            guard TextLimits.length(trimmed) <= limit else {
                throw CoreError.textTooLong(name, limit: limit, found: TextLimits.length(trimmed))
            }
            v[keyPath: keyPath] = trimmed.isEmpty ? nil : trimmed
        }
        try text(\.place, "place", VisitFieldName.place)
        try text(\.summonedPerson, "summonedPerson", VisitFieldName.summonedPerson)
        try text(\.summonedRole, "summonedRole", VisitFieldName.summonedRole)
        try text(\.summonsReason, "summonsReason", VisitFieldName.summonsReason)
        try text(\.talkRecord, "talkRecord", VisitFieldName.talkRecord)
        try text(\.commitments, "commitments", VisitFieldName.commitments)
        try text(\.attendeeNames, "attendeeNames", VisitFieldName.attendeeNames)
        try text(\.materials, "materials", VisitFieldName.materials)
        for (value, name) in [(materialsCount, VisitFieldName.materialsCount),
                              (questionsAnswered, VisitFieldName.questionsAnswered),
                              (legalSessions, VisitFieldName.legalSessions)] {
            if let value, value < 0 { throw CoreError.negativeFigure(name, value) }
        }
        if let due = commitmentDate, due < date {
            throw VisitTypeError.commitmentBeforeVisit(commitment: due, visitDate: date)
        }
        return v
    }
}

/// The type-specific fields' names as messages show them (the form's labels say the same).
public enum VisitFieldName {
    public static let place = Bilingual(zh: "地点", en: "place")
    public static let summonedPerson = Bilingual(zh: "被约谈人", en: "person summoned")
    public static let summonedRole = Bilingual(zh: "职务", en: "position")
    public static let summonsReason = Bilingual(zh: "约谈事由", en: "reason")
    public static let talkRecord = Bilingual(zh: "约谈记录", en: "record of the talk")
    public static let commitments = Bilingual(zh: "承诺事项", en: "commitments")
    public static let commitmentDate = Bilingual(zh: "承诺日期", en: "commitment date")
    public static let attendeeNames = Bilingual(zh: "参加人员", en: "attendee names")
    public static let materials = Bilingual(zh: "发放资料", en: "materials handed out")
    public static let materialsCount = Bilingual(zh: "资料份数", en: "copies handed out")
    public static let questionsAnswered = Bilingual(zh: "解答疑问", en: "questions answered")
    public static let legalSessions = Bilingual(zh: "现场释法场次", en: "legal Q&A sessions")
    public static let participants = Bilingual(zh: "参加企业", en: "attending enterprises")
}
