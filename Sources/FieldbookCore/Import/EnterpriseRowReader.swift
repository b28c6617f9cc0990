import Foundation

/// Turns the fields of one CSV row into an `Enterprise`, collecting every problem rather than
/// stopping at the first, so one pass over the file shows the user everything to fix.
struct EnterpriseRowReader {
    struct Problems: Error {
        var list: [EnterpriseRowProblem]
    }

    let columns: [EnterpriseColumn: Int]
    let fields: [String]
    let headerCount: Int

    func value(_ column: EnterpriseColumn) -> String {
        guard let index = columns[column], index < fields.count else { return "" }
        return fields[index].trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func enterprise() -> Result<Enterprise, Problems> {
        guard fields.count == headerCount else {
            return .failure(Problems(list: [.fieldCount(found: fields.count, expected: headerCount)]))
        }
        var problems: [EnterpriseRowProblem] = []
        func check<T>(_ parsed: T?, else problem: EnterpriseRowProblem, default fallback: T) -> T {
            if let parsed { return parsed }
            problems.append(problem)
            return fallback
        }

        var code = value(.creditCode).uppercased()
        do {
            code = try CreditCode.validate(code)
        } catch {
            problems.append(.creditCode(Bilingual(zh: error.message(in: .zh), en: error.message(in: .en))))
        }
        let name = value(.name)
        if name.isEmpty { problems.append(.missingName) }
        // An explicit 外地企业 cell wins; empty or absent, the registering authority in the code
        // decides (a Shiyan firm registered by the province says 否 to stay local).
        let flagText = value(.outOfTown)
        let outOfTown = flagText.isEmpty
            ? Enterprise.isOutOfTown(creditCode: code)
            : check(Self.outOfTownFlag(flagText), else: .badOutOfTown(flagText),
                    default: Enterprise.isOutOfTown(creditCode: code))  // so only the flag is reported
        let districtText = value(.district)
        var district = ""
        if districtText.isEmpty {
            if !outOfTown { problems.append(.missingDistrict) }
        } else if outOfTown {
            district = check(ShiyanDistricts.canonical(districtText), else: .outOfTownDistrict(districtText), default: "")
        } else {
            district = check(ShiyanDistricts.canonical(districtText), else: .unknownDistrict(districtText), default: "")
        }
        let rating = check(Self.rating(value(.rating)), else: .badRating(value(.rating)), default: .none)
        let redList = check(Self.yesNo(value(.redList)), else: .badRedList(value(.redList)), default: false)
        let title = check(Self.title(value(.harmoniousTitle)), else: .badHarmoniousTitle(value(.harmoniousTitle)), default: .none)
        let employees = check(Self.count(value(.employees)), else: .badEmployeeCount(value(.employees)), default: nil)
        // The same limits as the interface and headquarters (TextLimits): a longer cell would be
        // refused in every bundle that carries the enterprise.
        for (column, field) in [(EnterpriseColumn.name, "name"), (.address, "address"), (.industry, "industry"),
                                (.ownership, "ownershipType"), (.contact, "contactPerson"), (.phone, "phone")] {
            let limit = TextLimits.limit(Enterprise.databaseTableName, field), found = TextLimits.length(value(column))
            if found > limit { problems.append(.tooLong(column: column.aliases[0], limit: limit, found: found)) }
        }

        guard problems.isEmpty else { return .failure(Problems(list: problems)) }
        return .success(Enterprise(
            creditCode: code, name: name, address: value(.address), district: district,
            industry: value(.industry), ownershipType: value(.ownership), employeeCount: employees,
            contactPerson: value(.contact), phone: value(.phone), integrityRating: rating,
            redList: redList, harmoniousTitle: title, source: .registry, outOfTown: outOfTown))
    }

    static func folded(_ text: String) -> String {
        text.lowercased().replacingOccurrences(of: " ", with: "")
    }

    static func rating(_ text: String) -> IntegrityRating? {
        switch folded(text) {
        case "", "无", "未评级", "none", "-", "—": IntegrityRating.none
        case "a", "a级": .a
        case "b", "b级": .b
        case "c", "c级": .c
        default: nil
        }
    }

    static func yesNo(_ text: String) -> Bool? {
        switch folded(text) {
        case "是", "y", "yes", "true", "1", "√", "✓": true
        case "", "否", "n", "no", "false", "0", "无", "-": false
        default: nil
        }
    }

    /// 是/否 as for the red list, or the words themselves: 外地 / 本地, out-of-town / local.
    static func outOfTownFlag(_ text: String) -> Bool? {
        switch folded(text) {
        case "外地", "外地企业", "outoftown", "out-of-town", "nonlocal": true
        case "本地", "本地企业", "十堰", "local": false
        default: yesNo(text)
        }
    }

    static func title(_ text: String) -> HarmoniousTitle? {
        switch folded(text) {
        case "", "无", "none", "-": HarmoniousTitle.none
        case "市级", "市", "city": .city
        case "省级", "省", "provincial", "province": .provincial
        case "全国", "国家级", "全国模范", "national": .national
        default: nil
        }
    }

    /// Nil-or-number wrapped in an optional: `.some(nil)` is an empty cell, `nil` is not a number.
    /// Thousands separators are accepted (spreadsheets write 1,860).
    static func count(_ text: String) -> Int?? {
        if text.isEmpty { return .some(nil) }
        let digits = text.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "，", with: "")
        guard digits.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(digits), n <= 10_000_000 else { return nil }
        return .some(n)
    }
}
