import Foundation

extension Enterprise {
    /// The enterprise with its text trimmed and its credit code canonical, or the first problem.
    public func validated() throws(CoreError) -> Enterprise {
        var e = self
        e.creditCode = try CreditCode.validate(creditCode)
        e.name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !e.name.isEmpty else { throw .emptyField(FieldName.enterpriseName) }
        e.address = address.trimmingCharacters(in: .whitespacesAndNewlines)
        e.district = district.trimmingCharacters(in: .whitespacesAndNewlines)
        e.industry = industry.trimmingCharacters(in: .whitespacesAndNewlines)
        e.ownershipType = ownershipType.trimmingCharacters(in: .whitespacesAndNewlines)
        e.contactPerson = contactPerson.trimmingCharacters(in: .whitespacesAndNewlines)
        e.phone = phone.trimmingCharacters(in: .whitespacesAndNewlines)
        if let count = employeeCount, count < 0 { throw .negativeFigure(FieldName.employees, count) }
        return e
    }
}
