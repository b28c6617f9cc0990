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
        // Absent (null) in bundle lines and conflict copies written before out-of-town-v1.
        outOfTown = (row[C.outOfTown] as Bool?) ?? false
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

/// Conflict copies at headquarters are the record's JSON; those written before `out-of-town-v1`
/// have no `outOfTown` (a Shiyan enterprise then), so it is the one key read if present.
extension Enterprise {
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        creditCode = try c.decode(String.self, forKey: .creditCode)
        name = try c.decode(String.self, forKey: .name)
        address = try c.decode(String.self, forKey: .address)
        district = try c.decode(String.self, forKey: .district)
        outOfTown = try c.decodeIfPresent(Bool.self, forKey: .outOfTown) ?? false
        industry = try c.decode(String.self, forKey: .industry)
        ownershipType = try c.decode(String.self, forKey: .ownershipType)
        employeeCount = try c.decodeIfPresent(Int.self, forKey: .employeeCount)
        contactPerson = try c.decode(String.self, forKey: .contactPerson)
        phone = try c.decode(String.self, forKey: .phone)
        integrityRating = try c.decode(IntegrityRating.self, forKey: .integrityRating)
        redList = try c.decode(Bool.self, forKey: .redList)
        harmoniousTitle = try c.decode(HarmoniousTitle.self, forKey: .harmoniousTitle)
        source = try c.decode(EnterpriseSource.self, forKey: .source)
        lastVisitDate = try c.decodeIfPresent(LocalDate.self, forKey: .lastVisitDate)
        lastRiskLevel = try c.decodeIfPresent(RiskLevel.self, forKey: .lastRiskLevel)
        openRecommendationCount = try c.decode(Int.self, forKey: .openRecommendationCount)
        revision = try c.decode(Int.self, forKey: .revision)
        updatedAt = try c.decode(Timestamp.self, forKey: .updatedAt)
        changeSeq = try c.decode(Int64.self, forKey: .changeSeq)
    }
}
