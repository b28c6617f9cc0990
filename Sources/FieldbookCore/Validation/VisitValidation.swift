import Foundation

extension SiteVisit {
    /// The visit with text trimmed, or the first problem with what the inspector entered.
    public func validated() throws(CoreError) -> SiteVisit {
        var v = self
        try workforce.validate()
        if let attendees, attendees < 0 { throw .negativeFigure(FieldName.attendees, attendees) }
        if let start = startTime, let end = endTime, end < start { throw .endBeforeStart(start: start, end: end) }
        v.inspectors = inspectors.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        v.personsMet = personsMet.trimmingCharacters(in: .whitespacesAndNewlines)
        v.notes = notes.trimmingCharacters(in: .whitespacesAndNewlines)
        return v
    }
}
