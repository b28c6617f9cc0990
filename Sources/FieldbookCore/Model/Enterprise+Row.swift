import GRDB

/// Enterprises are read by the hundred on every search keystroke and list page; GRDB's Codable
/// row decoding spent most of that time (profiled at 100,000 enterprises, docs/performance.md), so
/// the row is read column by column. Bad values still throw, as the Codable path did.
extension Enterprise {
    public init(row: Row) throws {
        typealias C = Columns
        id = try row.decode(forColumn: C.id)
        creditCode = try row.decode(forColumn: C.creditCode)
        name = try row.decode(forColumn: C.name)
        address = try row.decode(forColumn: C.address)
        district = try row.decode(forColumn: C.district)
        industry = try row.decode(forColumn: C.industry)
        ownershipType = try row.decode(forColumn: C.ownershipType)
        employeeCount = try row.decode(forColumn: C.employeeCount)
        contactPerson = try row.decode(forColumn: C.contactPerson)
        phone = try row.decode(forColumn: C.phone)
        integrityRating = try row.decode(forColumn: C.integrityRating)
        redList = try row.decode(forColumn: C.redList)
        harmoniousTitle = try row.decode(forColumn: C.harmoniousTitle)
        source = try row.decode(forColumn: C.source)
        lastVisitDate = try row.decode(forColumn: C.lastVisitDate)
        lastRiskLevel = try row.decode(forColumn: C.lastRiskLevel)
        openRecommendationCount = try row.decode(forColumn: C.openRecommendationCount)
        revision = try row.decode(forColumn: C.revision)
        updatedAt = try row.decode(forColumn: C.updatedAt)
        changeSeq = try row.decode(forColumn: C.changeSeq)
    }
}
