/// Why one CSV row cannot become an enterprise. Each says what is wrong and what would be right.
public enum EnterpriseRowProblem: Equatable, Sendable {
    case fieldCount(found: Int, expected: Int)
    /// The credit-code validator's own explanation (it names the expected check character).
    case creditCode(Bilingual)
    case missingName
    case missingDistrict
    case unknownDistrict(String)
    case badRating(String)
    case badRedList(String)
    case badHarmoniousTitle(String)
    case badOutOfTown(String)
    /// An out-of-town row whose district is not a Shiyan district (it names where the
    /// enterprise works in Shiyan, or is left empty: its home is in the credit code).
    case outOfTownDistrict(String)
    case badEmployeeCount(String)
    case duplicateInFile(code: String, firstLine: Int)
    /// A cell longer than `TextLimits` allows for its field (the column's first header name).
    case tooLong(column: String, limit: Int, found: Int)
    /// Refused by the store's own validation.
    case store(Bilingual)

    public func message(in language: Language) -> String {
        switch (self, language) {
        case let (.fieldCount(found, expected), .zh):
            "有 \(found) 个字段，表头有 \(expected) 列（含逗号的内容要用英文双引号括起来）"
        case let (.fieldCount(found, expected), .en):
            "has \(found) fields but the header has \(expected) (quote values that contain commas)"
        case let (.creditCode(text), _), let (.store(text), _):
            text.text(in: language)
        case (.missingName, .zh): "企业名称为空"
        case (.missingName, .en): "the enterprise name is empty"
        case (.missingDistrict, .zh): "区县为空（应为：\(Self.districtList)）"
        case (.missingDistrict, .en): "the district is empty (expected one of: \(Self.districtList))"
        case let (.unknownDistrict(value), .zh): "“\(value)”不是十堰市的区县（应为：\(Self.districtList)）"
        case let (.unknownDistrict(value), .en): "\"\(value)\" is not a Shiyan district (expected one of: \(Self.districtList))"
        case let (.badRating(value), .zh): "诚信等级“\(value)”无效（应为 A、B、C 或留空）"
        case let (.badRating(value), .en): "integrity rating \"\(value)\" is not A, B, C or empty"
        case let (.badRedList(value), .zh): "红名单“\(value)”无效（应为 是 或 否）"
        case let (.badRedList(value), .en): "red list \"\(value)\" is not yes or no"
        case let (.badHarmoniousTitle(value), .zh): "和谐企业称号“\(value)”无效（应为 全国、省级、市级 或留空）"
        case let (.badHarmoniousTitle(value), .en): "harmonious title \"\(value)\" is not national, provincial, city or empty"
        case let (.badOutOfTown(value), .zh): "外地企业“\(value)”无效（应为 是 或 否，留空则按信用代码判断）"
        case let (.badOutOfTown(value), .en):
            "out-of-town \"\(value)\" is not yes or no (leave it empty to go by the credit code)"
        case let (.outOfTownDistrict(value), .zh):
            "“\(value)”不是十堰市的区县；外地企业的区县填其在十堰的经营地（\(Self.districtList)），或留空"
        case let (.outOfTownDistrict(value), .en):
            "\"\(value)\" is not a Shiyan district; for an out-of-town enterprise give the Shiyan district it works in (\(Self.districtList)) or leave it empty"
        case let (.badEmployeeCount(value), .zh): "职工人数“\(value)”不是非负整数"
        case let (.badEmployeeCount(value), .en): "employee count \"\(value)\" is not a whole number ≥ 0"
        case let (.duplicateInFile(code, firstLine), .zh): "信用代码 \(code) 与第 \(firstLine) 行重复"
        case let (.duplicateInFile(code, firstLine), .en): "credit code \(code) already appears on line \(firstLine)"
        case let (.tooLong(column, limit, found), .zh): "“\(column)”有 \(found) 个字符，上限 \(limit)"
        case let (.tooLong(column, limit, found), .en): "\(column) has \(found) characters, more than the limit of \(limit)"
        }
    }

    private static var districtList: String { ShiyanDistricts.all.joined(separator: " ") }
}
