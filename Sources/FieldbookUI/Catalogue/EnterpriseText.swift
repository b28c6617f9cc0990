/// The enterprise registry: the searchable list, one enterprise's page, and the form that adds
/// an enterprise found in the field.
public protocol EnterpriseText {
    // List.
    var enterprisesTitle: String { get }
    var enterpriseSearchLabel: String { get }
    var enterpriseSearchPlaceholder: String { get }
    var filterDistrict: String { get }
    var filterRating: String { get }
    var filterRedList: String { get }
    var filterOpenRecommendations: String { get }
    var filterRisk: String { get }
    var filterSort: String { get }
    var filterAny: String { get }
    var filterWith: String { get }
    var filterWithout: String { get }
    var filterHighOrMajor: String { get }
    var sortBestMatch: String { get }
    /// Under the list while a query is typed: the order is the match, the chosen sort comes back after.
    func rankedByMatch(thenSort sort: String) -> String
    var columnName: String { get }
    var columnDistrict: String { get }
    var columnRating: String { get }
    var columnLastVisit: String { get }
    var columnRisk: String { get }
    var columnOpenRecommendations: String { get }
    func listPosition(first: Int, last: Int, total: Int) -> String
    func searchPosition(first: Int, last: Int, found: Int, more: Bool) -> String
    var enterprisesEmpty: String { get }
    var enterprisesRegistryEmpty: String { get }
    func enterprisesNoMatch(_ query: String) -> String
    var keySearch: String { get }
    var keyNextArea: String { get }
    var keyOpen: String { get }
    var keyClearFilters: String { get }
    var keyPage: String { get }
    var keyFirstLast: String { get }
    // Detail.
    var profileCreditCode: String { get }
    var profileAddress: String { get }
    var profileDistrict: String { get }
    var profileIndustry: String { get }
    var profileOwnership: String { get }
    var profileEmployees: String { get }
    var profileContact: String { get }
    var profilePhone: String { get }
    var profileRating: String { get }
    var profileRedList: String { get }
    var profileHarmonious: String { get }
    var profileSource: String { get }
    func visitHistoryTitle(count: Int) -> String
    var visitHistoryEmpty: String { get }
    /// The policy briefings the enterprise attended at another's (the latest named).
    func briefingsAttended(count: Int, latestDate: String, host: String, place: String, attendees: Int?) -> String
    var riskTrend: String { get }
    var columnDate: String { get }
    var columnType: String { get }
    var columnStatus: String { get }
    var columnScore: String { get }
    func openRecommendationsTitle(count: Int) -> String
    var openRecommendationsEmpty: String { get }
    var noDeadline: String { get }
    var keyStartVisit: String { get }
    var keyOpenVisit: String { get }
    // New enterprise.
    var newEnterpriseTitle: String { get }
    var newEnterpriseIntro: String { get }
    var fieldCreditCode: String { get }
    var fieldName: String { get }
    var fieldAddress: String { get }
    var fieldDistrict: String { get }
    var fieldIndustry: String { get }
    var fieldOwnership: String { get }
    var fieldEmployees: String { get }
    var fieldContact: String { get }
    var fieldPhone: String { get }
    var creditCodePlaceholder: String { get }
    var districtNone: String { get }
    var choiceHint: String { get }
    var saveEnterprise: String { get }
    var employeesNotANumber: String { get }
    var enterpriseSaved: String { get }
    var unsavedEnterprise: String { get }
}
