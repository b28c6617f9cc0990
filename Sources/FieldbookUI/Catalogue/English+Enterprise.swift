extension English {
    public var enterprisesTitle: String { "Enterprises" }
    public var enterpriseSearchLabel: String { "Search" }
    public var enterpriseSearchPlaceholder: String { "name, pinyin or initials, credit code, address" }
    public var filterDistrict: String { "District" }
    public var filterRating: String { "Rating" }
    public var filterRedList: String { "Red list" }
    public var filterOpenRecommendations: String { "Open recs" }
    public var filterRisk: String { "Risk" }
    public var filterSort: String { "Sort" }
    public var filterAny: String { "any" }
    public var filterWith: String { "yes" }
    public var filterWithout: String { "no" }
    public var filterHighOrMajor: String { "high+major" }
    public var sortBestMatch: String { "best match" }
    public func rankedByMatch(thenSort sort: String) -> String { "Ranked by best match; by \(sort) once the search is cleared" }
    public var columnName: String { "Name" }
    public var columnDistrict: String { "District" }
    public var columnRating: String { "Rating" }
    public var columnLastVisit: String { "Last visit" }
    public var columnRisk: String { "Risk" }
    public var columnOpenRecommendations: String { "Open" }
    public func listPosition(first: Int, last: Int, total: Int) -> String { "\(first)–\(last) of \(total)" }
    public func searchPosition(first: Int, last: Int, found: Int, more: Bool) -> String {
        more ? "\(first)–\(last) of more than \(found) found" : "\(first)–\(last) of \(found) found"
    }
    public var enterprisesEmpty: String { "No enterprise matches the filters. Press Ctrl-R to clear them." }
    public func enterprisesNoMatch(_ query: String) -> String {
        "\"\(query)\" is not in the registry. If the enterprise is really missing, press Enter to add it."
    }
    public var enterprisesRegistryEmpty: String {
        "The registry is empty. Import it with fieldbook import enterprises, or press Enter to add an enterprise."
    }
    public var keySearch: String { "search" }
    public var keyNextArea: String { "next area" }
    public var keyClearFilters: String { "clear filters" }
    public var keyPage: String { "page" }
    public var keyFirstLast: String { "first/last" }
    public var profileCreditCode: String { "Credit code" }
    public var profileAddress: String { "Address" }
    public var profileDistrict: String { "District" }
    public var profileIndustry: String { "Industry" }
    public var profileOwnership: String { "Ownership" }
    public var profileEmployees: String { "Employees" }
    public var profileContact: String { "Contact" }
    public var profilePhone: String { "Phone" }
    public var profileRating: String { "Rating" }
    public var profileRedList: String { "Red list" }
    public var profileHarmonious: String { "Harmonious" }
    public var profileSource: String { "Source" }
    public func visitHistoryTitle(count: Int) -> String { "Visits (\(count))" }
    public var visitHistoryEmpty: String { "No visits yet. Press v to start one." }
    public func briefingsAttended(count: Int, latestDate: String, host: String, place: String, attendees: Int?) -> String {
        "Attended \(count) policy briefing\(count == 1 ? "" : "s") · latest \(latestDate), hosted by \(host)"
            + (place.isEmpty ? "" : ", \(place)") + (attendees.map { ", \($0) from here" } ?? "")
    }
    public var riskTrend: String { "Risk trend" }
    public var columnDate: String { "Date" }
    public var columnType: String { "Type" }
    public var columnScore: String { "Score" }
    public func openRecommendationsTitle(count: Int) -> String { "Open recommendations (\(count))" }
    public var openRecommendationsEmpty: String { "No open recommendations." }
    public var noDeadline: String { "no deadline" }
    public var keyStartVisit: String { "start a visit" }
    public var keyOpenVisit: String { "open visit" }
    public var newEnterpriseTitle: String { "New enterprise" }
    public var newEnterpriseIntro: String { "Add an enterprise that is not in the registry; it is marked as added in the field." }
    public var fieldCreditCode: String { "Credit code" }
    public var fieldName: String { "Name" }
    public var fieldAddress: String { "Address" }
    public var fieldDistrict: String { "District" }
    public var fieldIndustry: String { "Industry" }
    public var fieldOwnership: String { "Ownership" }
    public var fieldEmployees: String { "Employees" }
    public var fieldContact: String { "Contact person" }
    public var fieldPhone: String { "Phone" }
    public var creditCodePlaceholder: String { "18 characters, e.g. 91420303MA48K2T787" }
    public var districtNone: String { "(not given)" }
    public var choiceHint: String { "←/→ to choose" }
    public var saveEnterprise: String { "Save enterprise" }
    public var employeesNotANumber: String { "Employees must be a whole number" }
    public var enterpriseSaved: String { "Enterprise saved" }
    public var unsavedEnterprise: String { "Not saved: fix the marked fields, or press Esc again to leave (kept as a draft)" }
}
