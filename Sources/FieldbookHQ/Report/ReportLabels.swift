import FieldbookBundle
import FieldbookCore

/// The words of the HQ report in one language.
struct ReportLabels {
    let language: Language

    func t(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

    var title: String { t("劳动关系风险排查工作报告", "Labour-relations inspection report") }
    func period(_ data: HQReportData) -> String {
        let from = data.from?.description ?? t("最早", "start"), to = data.to?.description ?? t("至今", "now")
        return t("统计期间：\(from) 至 \(to)（逾期按 \(data.asOf) 计）", "Period: \(from) to \(to) (overdue as of \(data.asOf))")
    }
    var totals: String { t("总体情况", "Totals") }
    var visitsByType: String { t("走访类型", "Visits by type") }
    var risk: String { t("风险等级分布（按企业最近一次已完成走访）", "Risk levels (each enterprise's latest completed visit)") }
    var statuses: String { t("意见建议整改状态（本期提出的，按目前状态）", "Recommendations made in the period, by their status now") }
    func statusRows(_ data: HQReportData) -> [[String]] {
        data.recommendationsByStatus.map { [$0.0.label(in: language), String($0.1)] }
    }
    var warning: String { t("风险预警名单（高风险、重大风险）", "Early warning: high and major risk enterprises") }
    var byDistrict: String { t("分区县统计", "By district") }
    var byInspector: String { t("分检查员统计", "By inspector") }
    var briefings: String { t("政策宣讲（参加企业）", "Policy briefings and the enterprises they reached") }
    var briefingHeader: [String] {
        [t("日期", "Date"), t("地点", "Place"), t("检查员", "Inspector"), t("参加人数", "Attendees"),
         t("企业数", "Enterprises"), t("参加企业", "Attending enterprises")]
    }
    func briefingRows(_ briefings: [HQReportData.Briefing]) -> [[String]] {
        briefings.map { [$0.date.description, groupName($0.place), groupName($0.inspector), String($0.attendees),
                         String($0.enterprises.count), $0.enterprises.joined(separator: t("、", "; "))] }
    }
    var none: String { t("（无）", "(none)") }

    func totalRows(_ totals: HQReportData.Totals) -> [(String, Int)] {
        [(t("走访次数", "Visits"), totals.visits),
         (t("走访企业数", "Enterprises visited"), totals.enterprisesVisited),
         (t("排查企业数", "Enterprises screened"), totals.enterprisesScreened),
         (t("约谈次数", "Summonses"), totals.interviews),
         (t("约谈企业数", "Enterprises summoned"), totals.enterprisesSummoned),
         (t("政策宣讲场次", "Policy briefings"), totals.briefings),
         (t("宣讲参加企业数", "Enterprises at briefings"), totals.briefingEnterprises),
         (t("宣讲参加人数", "Briefing attendees"), totals.briefingAttendees),
         (t("发放宣传资料（份）", "Materials handed out (copies)"), totals.materialsHandedOut),
         (t("解答疑问（个）", "Questions answered"), totals.questionsAnswered),
         (t("现场释法（场）", "On-site legal Q&A sessions"), totals.legalSessions),
         (t("提出意见建议", "Recommendations made"), totals.recommendationsMade),
         (t("已整改", "Recommendations rectified"), totals.recommendationsRectified),
         (t("逾期未整改", "Recommendations overdue"), totals.recommendationsOverdue)]
    }

    var groupHeader: [String] {
        [t("名称", "Name"), t("走访", "Visits"), t("企业", "Enterprises"), t("意见建议", "Recommendations"),
         t("逾期", "Overdue"), t("高/重大风险", "High/major")]
    }

    var warningHeader: [String] {
        [t("企业", "Enterprise"), t("统一社会信用代码", "Credit code"), t("区县", "District"), t("风险等级", "Risk"),
         t("走访日期", "Visit date"), t("检查员", "Inspector"), t("待整改", "Open recs")]
    }

    func groupName(_ name: String) -> String {
        if name == HQReportData.outOfTownGroup { return t("外地企业", "Out-of-town enterprises") }
        return name.isEmpty ? t("（未填）", "(unspecified)") : name
    }

    var projects: String { t("建设项目（按责任主体）", "Construction projects, by the party visited") }

    var projectHeader: [String] {
        [t("项目", "Project"), t("责任主体", "Party"), t("企业", "Enterprise"), t("走访", "Visits"),
         t("不符合项", "Findings"), t("移送", "Referred")]
    }

    /// One row per visited party: the project's name and place on its first row only.
    func projectRows(_ projects: [ProjectFigures]) -> [[String]] {
        projects.flatMap { project in
            project.parties.enumerated().map { index, party in
                let title = project.location.isEmpty ? project.name : "\(project.name)（\(project.location)）"
                return [index == 0 ? title : "", party.roles.map { $0.label(in: language) }.joined(separator: t("、", ", ")),
                        party.enterpriseName, String(party.visits),
                        party.findings.isEmpty ? t("无", "none") : party.findings.joined(separator: t("、", ", ")),
                        party.referrals.map { "\($0.itemCode) → \($0.authority.authority.text(in: language))" }
                            .joined(separator: t("；", "; "))]
            }
        }
    }

    var outOfTown: String { t("外地企业（在十堰以外登记）", "Out-of-town enterprises (registered outside Shiyan)") }

    func outOfTownRows(_ figures: OutOfTownFigures) -> [(String, Int)] {
        [(t("走访次数", "Visits"), figures.visits),
         (t("走访企业数", "Enterprises visited"), figures.enterprisesVisited),
         (t("提出意见建议", "Recommendations made"), figures.recommendationsMade)]
    }
}
