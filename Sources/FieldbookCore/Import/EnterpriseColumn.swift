/// The columns of a registry CSV. Headers may be Chinese (as the bureau's spreadsheets have them)
/// or English; matching ignores case, spaces, underscores and hyphens.
public enum EnterpriseColumn: String, CaseIterable, Sendable {
    case creditCode = "credit_code"
    case name
    case address
    case district
    case industry
    case ownership
    case employees
    case contact
    case phone
    case rating
    case redList = "red_list"
    case harmoniousTitle = "harmonious_title"
    /// 外地企业: optional; when absent or empty the credit code decides (docs/csv-import.md).
    case outOfTown = "out_of_town"

    /// The header the sample files and exports use.
    public var chineseHeader: String { aliases[0] }

    /// Accepted headers, the canonical Chinese one first.
    var aliases: [String] {
        switch self {
        case .creditCode: ["统一社会信用代码", "信用代码", "社会信用代码", "credit_code", "creditcode", "uscc", "code"]
        case .name: ["企业名称", "名称", "单位名称", "name", "enterprise", "enterprise_name"]
        case .address: ["地址", "住所", "企业地址", "经营地址", "address"]
        case .district: ["区县", "所属区县", "辖区", "district"]
        case .industry: ["行业", "所属行业", "industry"]
        case .ownership: ["经济类型", "企业类型", "所有制", "ownership", "ownership_type"]
        case .employees: ["职工人数", "从业人数", "员工人数", "employees", "employee_count", "headcount"]
        case .contact: ["联系人", "contact", "contact_person"]
        case .phone: ["联系电话", "电话", "phone", "contact_phone", "telephone"]
        case .rating: ["诚信等级", "劳动保障诚信等级", "rating", "integrity_rating"]
        case .redList: ["红名单", "red_list", "redlist"]
        case .harmoniousTitle: ["和谐企业", "和谐劳动关系企业", "harmonious_title", "harmonious"]
        case .outOfTown: ["外地企业", "是否外地企业", "外地", "out_of_town", "outoftown", "non_local"]
        }
    }

    /// The column a header names, if any.
    static func matching(_ header: String) -> EnterpriseColumn? {
        let key = normalized(header)
        return allCases.first { column in column.aliases.contains { normalized($0) == key } }
    }

    private static func normalized(_ s: String) -> String {
        String(s.lowercased().unicodeScalars.filter { !" _-\t\u{3000}".unicodeScalars.contains($0) })
    }
}
