import FieldbookCore
import Foundation
import TerminalKit

/// Column headers and cell text of the `list` tables (and CSV), in the user's language.
struct ListingColumns {
    let language: Language
    /// Long texts are cut (by display width) in the terminal table, kept whole in CSV.
    var textWidth: Int? = nil

    private func t(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }
    private func label(_ value: some Labelled) -> String { value.label(in: language) }

    func enterprises(_ rows: [EnterpriseListRow]) -> (headers: [String], rows: [[String]], numeric: Set<Int>) {
        let headers = [t("统一社会信用代码", "Credit code"), t("企业名称", "Name"), t("区县", "District"),
                       t("行业", "Industry"), t("职工", "Staff"), t("诚信", "Rating"), t("红名单", "Red list"),
                       t("最近走访", "Last visit"), t("风险", "Risk"), t("待整改", "Open recs")]
        let cells = rows.map { r in
            [r.creditCode, r.name, district(r), r.industry, r.employees.map(String.init) ?? "",
             r.rating == .none ? "" : r.rating.rawValue, r.redList ? t("是", "yes") : "",
             r.lastVisitDate?.description ?? "", r.lastRiskLevel.map(label) ?? "",
             r.openRecommendations > 0 ? String(r.openRecommendations) : ""]
        }
        return (headers, cells, [4, 9])
    }

    /// The district; an out-of-town enterprise is marked with where it was registered.
    private func district(_ r: EnterpriseListRow) -> String {
        guard r.outOfTown else { return r.district }
        let home = AdministrativeDivision(creditCode: r.creditCode)?.shortName(in: language) ?? ""
        return [t("外地·", "Out·") + home, r.district].filter { !$0.isEmpty }.joined(separator: " ")
    }

    func visits(_ rows: [VisitListRow]) -> (headers: [String], rows: [[String]], numeric: Set<Int>) {
        let headers = [t("日期", "Date"), t("企业", "Enterprise"), t("类型", "Type"), t("状态", "State"),
                       t("风险", "Risk"), t("得分", "Score"), t("建议", "Recs")]
        let cells = rows.map { r in
            [r.date.description, r.enterprise, label(r.type),
             state(r.state) + (r.voidReason.map { t("：", ": ") + $0 } ?? ""), label(r.riskLevel),
             r.score.map { String(format: "%.1f", $0) } ?? "", String(r.recommendations)]
        }
        return (headers, cells, [5, 6])
    }

    func recommendations(_ rows: [RecommendationListRow]) -> (headers: [String], rows: [[String]], numeric: Set<Int>) {
        let headers = [t("期限", "Deadline"), t("企业", "Enterprise"), t("优先级", "Priority"), t("状态", "Status"),
                       t("检查项", "Items"), t("建议内容", "Recommendation")]
        let cells = rows.map { r in
            [r.deadline?.description ?? "", r.enterprise, label(r.priority),
             r.voided ? t("已作废", "voided") + (r.voidReason.map { t("：", ": ") + $0 } ?? "")
                 : label(r.status) + (r.overdue ? t("（逾期）", " (overdue)") : ""),
             r.itemCodes.joined(separator: " "), textWidth.map { r.text.truncated(toWidth: $0) } ?? r.text]
        }
        return (headers, cells, [])
    }

    private func state(_ state: String) -> String {
        switch state {
        case "reopened": t("已重新打开", "reopened")
        case "voided": t("已作废", "voided")
        case "completed": label(VisitStatus.completed)
        default: label(VisitStatus.draft)
        }
    }
}
