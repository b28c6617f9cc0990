extension Chinese {
    public var enterprisesTitle: String { "企业名录" }
    public var enterpriseSearchLabel: String { "搜索" }
    public var enterpriseSearchPlaceholder: String { "企业名称、拼音或首字母、信用代码、地址" }
    public var filterDistrict: String { "区县" }
    public var filterRating: String { "诚信等级" }
    public var filterRedList: String { "红名单" }
    public var filterOpenRecommendations: String { "待整改" }
    public var filterRisk: String { "风险" }
    public var filterSort: String { "排序" }
    public var filterAny: String { "全部" }
    public var filterWith: String { "有" }
    public var filterWithout: String { "无" }
    public var filterHighOrMajor: String { "高及重大" }
    public var sortBestMatch: String { "最匹配" }
    public func rankedByMatch(thenSort sort: String) -> String { "搜索结果按匹配程度排列；清空搜索后按“\(sort)”排序" }
    public var columnName: String { "企业名称" }
    public var columnDistrict: String { "区县" }
    public var columnRating: String { "等级" }
    public var columnLastVisit: String { "最近走访" }
    public var columnRisk: String { "风险" }
    public var columnOpenRecommendations: String { "待整改" }
    public func listPosition(first: Int, last: Int, total: Int) -> String { "第 \(first)–\(last) 家，共 \(total) 家" }
    public func searchPosition(first: Int, last: Int, found: Int, more: Bool) -> String {
        more ? "第 \(first)–\(last) 家，已找到 \(found) 家以上" : "第 \(first)–\(last) 家，共找到 \(found) 家"
    }
    public var enterprisesEmpty: String { "没有符合筛选条件的企业。按 Ctrl-R 清除筛选。" }
    public var enterprisesRegistryEmpty: String { "企业名录为空。可用 fieldbook import enterprises 导入名录，或按 Enter 新增企业。" }
    public func enterprisesNoMatch(_ query: String) -> String { "名录中没有“\(query)”。如企业确不在名录中，按 Enter 新增企业。" }
    public var keySearch: String { "搜索" }
    public var keyNextArea: String { "切换区域" }
    public var keyClearFilters: String { "清除筛选" }
    public var keyPage: String { "翻页" }
    public var keyFirstLast: String { "首/末" }
    public var profileCreditCode: String { "信用代码" }
    public var profileAddress: String { "地址" }
    public var profileDistrict: String { "区县" }
    public var profileIndustry: String { "行业" }
    public var profileOwnership: String { "经济类型" }
    public var profileEmployees: String { "职工人数" }
    public var profileContact: String { "联系人" }
    public var profilePhone: String { "电话" }
    public var profileRating: String { "诚信等级" }
    public var profileRedList: String { "红名单" }
    public var profileHarmonious: String { "和谐企业" }
    public var profileSource: String { "来源" }
    public func visitHistoryTitle(count: Int) -> String { "走访记录（\(count)）" }
    public var visitHistoryEmpty: String { "尚无走访记录。按 v 开始走访。" }
    public func briefingsAttended(count: Int, latestDate: String, host: String, place: String, attendees: Int?) -> String {
        "参加政策宣讲 \(count) 次 · 最近 \(latestDate)，\(host)主办"
            + (place.isEmpty ? "" : "，\(place)") + (attendees.map { "，本单位 \($0) 人" } ?? "")
    }
    public var riskTrend: String { "风险趋势" }
    public var columnDate: String { "日期" }
    public var columnType: String { "类型" }
    public var columnScore: String { "得分" }
    public func openRecommendationsTitle(count: Int) -> String { "待整改建议（\(count)）" }
    public var openRecommendationsEmpty: String { "没有待整改的建议。" }
    public var noDeadline: String { "无期限" }
    public var keyStartVisit: String { "开始走访" }
    public var keyOpenVisit: String { "打开走访" }
    public var newEnterpriseTitle: String { "新增企业" }
    public var newEnterpriseIntro: String { "名录中没有的企业可在现场新增，保存后标记为“现场新增”。" }
    public var fieldCreditCode: String { "统一社会信用代码" }
    public var fieldName: String { "企业名称" }
    public var fieldAddress: String { "地址" }
    public var fieldDistrict: String { "区县" }
    public var fieldIndustry: String { "行业" }
    public var fieldOwnership: String { "经济类型" }
    public var fieldEmployees: String { "职工人数" }
    public var fieldContact: String { "联系人" }
    public var fieldPhone: String { "联系电话" }
    public var creditCodePlaceholder: String { "18位，例如 91420303MA48K2T787" }
    public var districtNone: String { "（未填）" }
    public var choiceHint: String { "←/→ 选择" }
    public var saveEnterprise: String { "保存企业" }
    public var employeesNotANumber: String { "职工人数应为整数" }
    public var enterpriseSaved: String { "企业已保存" }
    public var unsavedEnterprise: String { "尚未保存：请改正标出的错误，或再按 Esc 离开（保留为草稿）" }
}
