/// The visits of the demo database, written as a short story of an inspector's last two months
/// in Shiyan. Days are relative to "today"; enterprises are named by credit code from the sample
/// registry; item codes are those of samples/checklists/employment-risk.v2.json, the reviewed
/// checklist every new visit uses.
struct DemoVisitScript {
    struct Recommendation {
        var items: [String]
        /// nil: the bureau's prefilled opinion for the one item (finding with the recorded figures,
        /// law and article, "建议…于…前…", where to report), as the form writes it.
        var text: String?
        var priority: RecommendationPriority
        /// Days after the visit; nil uses the item's own period (else the priority's default).
        var deadlineDays: Int? = nil
        /// Where it stands today: open, or rectified/closed so many days ago.
        var status: RecommendationStatus = .open
        var rectifiedDaysAgo: Int? = nil
        var verifiedDaysAgo: Int? = nil
        /// What the enterprise sent when it reported the fix, and what the re-check saw (the
        /// evidence closing needs).
        var rectificationReport: String? = nil
        var recheckEvidence: String? = nil
        /// A re-check that found it not fixed (复查不合格) so many days ago, with a new deadline
        /// so many days after the re-check.
        var recheckFailedDaysAgo: Int? = nil
        var newDeadlineDays: Int? = nil
        /// Overdue and referred (逾期未整改→移交) so many days ago, to whom.
        var referredDaysAgo: Int? = nil
        var referredTo: String? = nil
        /// Index (in `visits`) of the visit that checked the rectification.
        var followUpVisit: Int? = nil
    }

    struct Visit {
        var creditCode: String
        var type: VisitType
        var daysAgo: Int
        var start: String
        var end: String
        var personsMet: String
        var workforce: Workforce
        var attendees: Int? = nil
        var notes: String
        /// nil: no checklist answers; otherwise every item is answered, compliant unless listed.
        var nonCompliant: [String]? = nil
        /// Items answered "not applicable" (the others of their sections are compliant).
        var notApplicable: [String] = []
        /// For drafts: answer only the first so many items.
        var answeredCount: Int? = nil
        var notesOnItems: [String: String] = [:]
        /// Workers affected, amount and months recorded on non-compliant items.
        var figures: [String: AnswerFigures] = [:]
        var recommendations: [Recommendation] = []
        var completed = true
        var reopenReason: String? = nil
        /// The facts of the visit's type (约谈, 政策宣讲), set as the form sets them.
        var typeFacts: TypeFacts? = nil
        /// About the demo's construction project (`project`): its construction items are judged
        /// against the party the enterprise is on it, as the form's Alt-p does.
        var aboutProject = false
        /// The visited enterprise is the dispatch agency, not the user firm (the form's Alt-a).
        var dispatchAgency = false
        /// Hazards outside labour relations found with an item, and where they were referred.
        var referrals: [String: (ReferralAuthority, String)] = [:]
    }

    /// An enterprise the inspector added in the field (not in the sample registry).
    struct FieldEnterprise {
        var creditCode: String
        var name: String
        var address: String
        /// The Shiyan district it works in (for an out-of-town firm, where its site is).
        var district: String
        var industry: String
        var ownershipType: String
        var employees: Int
        var contactPerson: String
        var phone: String
        var outOfTown = false
    }

    /// The project owner (a Shiyan public investment company) and an out-of-town subcontractor
    /// registered in Wuhan (420100): fictional, credit codes with correct check characters.
    static let fieldEnterprises: [FieldEnterprise] = [
        FieldEnterprise(creditCode: "91420303MA4B9T1W0X", name: "十堰市张湾区城市建设投资有限公司",
                        address: "十堰市张湾区车城路街道人民中路16号", district: "张湾区", industry: "城市基础设施投资",
                        ownershipType: "国有企业", employees: 86, contactPerson: "吕建华", phone: "0719-8236615"),
        FieldEnterprise(creditCode: "91420100MA4K8C2L3N", name: "武汉楚江钢构幕墙工程有限公司",
                        address: "武汉市东西湖区金银湖路18号（十堰项目部：张湾区花果街道保障房二期工地）",
                        district: "张湾区", industry: "钢结构工程", ownershipType: "有限责任公司", employees: 64,
                        contactPerson: "项目负责人 魏长青", phone: "027-83991726", outOfTown: true),
    ]

    /// The construction project several visits are about: the owner, the Shiyan construction group
    /// as general contractor (today's screening), the labour subcontractor whose workers were not
    /// paid, and the Wuhan steel and curtain-wall subcontractor.
    struct DemoProject {
        var name: String
        var location: String
        var owner: String
        var generalContractor: String
        var subcontractors: [String]
    }

    static let project = DemoProject(name: "张湾区保障房二期", location: "张湾区花果街道",
                                     owner: "91420303MA4B9T1W0X", generalContractor: "91420303MA48C5RF50",
                                     subcontractors: ["91420381MA48M1E979", "91420100MA4K8C2L3N"])

    /// What a summons or a briefing records beyond the common fields (visit-types-v1).
    struct TypeFacts {
        var place: String? = nil
        var summonedPerson: String? = nil
        var summonedRole: String? = nil
        var summonsReason: String? = nil
        var talkRecord: String? = nil
        var commitments: String? = nil
        /// Days after the visit the commitments fall due.
        var commitmentDays: Int? = nil
        var attendeeNames: String? = nil
        var materials: String? = nil
        var materialsCount: Int? = nil
        var questionsAnswered: Int? = nil
        var legalSessions: Int? = nil
        /// Credit codes of the further enterprises attending a briefing.
        var participants: [String] = []
    }

    static let construction = (1...14).map { String(format: "CP-%02d", $0) }
    static let dispatchAndPlatform = ["FE-01", "FE-02", "FE-03", "FE-06", "FE-07", "FE-04", "FE-05"]
    static let visits: [Visit] = [
        // 0: a full screening at a large auto-parts maker; the overtime finding since closed.
        Visit(creditCode: "91420303714473061B", type: .riskScreening, daysAgo: 41, start: "09:00", end: "11:30",
              personsMet: "人力资源部经理 周敏；工会主席 郑强",
              workforce: Workforce(employees: 1860, writtenContracts: 1860, socialInsuranceEnrolled: 1795,
                                   dispatchedWorkers: 120, migrantWorkers: 430),
              notes: "旺季订单多，车间普遍加班；社保有65人未参保（多为新入职）。",
              nonCompliant: ["HR-02", "SI-01"], notApplicable: construction + ["FE-04", "FE-05"],
              notesOnItems: ["HR-02": "抽查10月考勤，冲压车间月加班约60小时。", "SI-01": "65名新入职职工超过30日未登记参保。"],
              figures: ["HR-02": AnswerFigures(workers: 240, months: 2), "SI-01": AnswerFigures(workers: 65)],
              recommendations: [
                Recommendation(items: ["HR-02"], text: nil,
                               priority: .medium, status: .closed, rectifiedDaysAgo: 24, verifiedDaysAgo: 20,
                               rectificationReport: "企业报送新排班表及工会协商纪要。",
                               recheckEvidence: "复查抽查11月考勤，各车间月加班均未超过36小时。", followUpVisit: 1),
                Recommendation(items: ["SI-01"], text: nil, priority: .high,
                               status: .recheckFailed, rectifiedDaysAgo: 30, rectificationReport: "企业报送65人参保登记回执。",
                               recheckFailedDaysAgo: 20, newDeadlineDays: 10),
              ]),
        // 1: the re-check (整改复查) that closed the overtime fix and found 20 still uninsured.
        Visit(creditCode: "91420303714473061B", type: .rectificationRecheck, daysAgo: 20, start: "14:00", end: "15:00",
              personsMet: "人力资源部经理 周敏",
              workforce: Workforce(employees: 1855),
              notes: "复查加班整改：新排班表已执行，11月考勤抽查合规；社保整改复查不合格，仍有20名新入职职工未参保。"),
        // 2: wage arrears at a construction labour subcontractor: major risk, overdue actions.
        Visit(creditCode: "91420381MA48M1E979", type: .wageArrearsCheck, daysAgo: 33, start: "10:00", end: "12:00",
              personsMet: "项目经理 梁海燕；班组长 2 名",
              workforce: Workforce(employees: 460, writtenContracts: 380, socialInsuranceEnrolled: 300,
                                   migrantWorkers: 410),
              notes: "农民工反映9月、10月工资未发；工资未按月通过专用账户发放。",
              nonCompliant: ["WG-05", "CP-03", "CP-01", "LC-01"],
              // The general contractor's and the owner's duties: marked by the project (aboutProject).
              notApplicable: dispatchAndPlatform,
              notesOnItems: ["CP-03": "约120名农民工两个月工资未发放。"],
              figures: ["WG-05": AnswerFigures(workers: 120, amountYuan: 1_128_000, months: 2),
                        "CP-03": AnswerFigures(workers: 120, amountYuan: 1_128_000, months: 2),
                        "CP-01": AnswerFigures(workers: 80), "LC-01": AnswerFigures(workers: 80)],
              recommendations: [
                Recommendation(items: ["CP-03", "WG-05"], text: "立即通过工资专用账户足额支付拖欠的农民工工资，并报送支付凭证。",
                               priority: .high, status: .referred, referredDaysAgo: 21,
                               referredTo: "十堰市劳动保障监察支队（立案查处）"),
                Recommendation(items: ["CP-01"], text: nil, priority: .medium),
                Recommendation(items: ["LC-01"], text: nil, priority: .medium, deadlineDays: 45),
              ],
              aboutProject: true),
        // 3: a delivery platform; one action due in a few days.
        Visit(creditCode: "91420302MA4AE8X01N", type: .riskScreening, daysAgo: 12, start: "09:30", end: "11:00",
              personsMet: "运营总监 彭晓丽",
              workforce: Workforce(employees: 1350, writtenContracts: 210, socialInsuranceEnrolled: 210,
                                   dispatchedWorkers: 0, migrantWorkers: 900),
              notes: "骑手大多以个体身份注册，站点与骑手之间无书面协议。",
              nonCompliant: ["FE-05", "SI-03", "SI-02", "LC-01", "HR-01", "HR-02"],
              notApplicable: construction + ["FE-01", "FE-02", "FE-03", "FE-06", "FE-07"],
              figures: ["FE-05": AnswerFigures(workers: 1140), "SI-03": AnswerFigures(workers: 1140),
                        "SI-02": AnswerFigures(workers: 1140, months: 6), "LC-01": AnswerFigures(workers: 1140),
                        "HR-02": AnswerFigures(workers: 300, months: 3)],
              recommendations: [
                Recommendation(items: ["FE-05"], text: nil,
                               priority: .medium, status: .rectified, rectifiedDaysAgo: 2,
                               rectificationReport: "企业报送骑手劳动合同及合作协议文本，待复查。"),
                Recommendation(items: ["SI-03"], text: nil, priority: .high, deadlineDays: 15),
              ]),
        // 4: completed, then reopened when the firm brought new payroll evidence.
        Visit(creditCode: "91420302MA49R2F51K", type: .riskScreening, daysAgo: 6, start: "14:30", end: "16:30",
              personsMet: "厂长 余秀英",
              workforce: Workforce(employees: 320, writtenContracts: 315, socialInsuranceEnrolled: 290, migrantWorkers: 150),
              notes: "计件工资，部分月份折算低于最低工资。",
              nonCompliant: ["WG-01", "SI-02"], notApplicable: construction + dispatchAndPlatform,
              figures: ["WG-01": AnswerFigures(workers: 46, amountYuan: 23_400, months: 3),
                        "SI-02": AnswerFigures(workers: 30, months: 2)],
              recommendations: [
                Recommendation(items: ["WG-01"], text: nil, priority: .high),
              ],
              reopenReason: "企业补交了社保缴费凭证，需复核“按时足额缴纳社会保险费”一项"),
        // 5: a summons (约谈) of a dispatch agency's manager to the bureau.
        Visit(creditCode: "91420302MA4A0F5T3M", type: .summons, daysAgo: 3, start: "10:00", end: "11:00",
              personsMet: "",
              workforce: Workforce(),
              notes: "约谈派遣机构：部分派遣岗位为主营业务岗位，同工不同酬投诉3起。",
              nonCompliant: nil,
              recommendations: [
                Recommendation(items: ["FE-02", "FE-06"], text: "梳理用工单位派遣岗位，主营岗位改为直接用工；落实同工同酬。",
                               priority: .low),
              ],
              typeFacts: TypeFacts(
                summonedPerson: "苏丽华", summonedRole: "总经理",
                summonsReason: "派遣工用于主营业务岗位，超出临时性、辅助性、替代性岗位范围；同工不同酬投诉3起",
                talkRecord: "告知《劳动合同法》第六十六条及《劳务派遣暂行规定》第三条；企业承认向两家用工单位的装配岗位派遣约300人，同岗位派遣工绩效工资低于直接用工职工。",
                commitments: "30日内与用工单位梳理派遣岗位，主营岗位改为直接用工；下月起派遣工与同岗位职工同工同酬，并书面报告。",
                commitmentDays: 30)),
        // 6: today's screening of a construction group, half done.
        Visit(creditCode: "91420303MA48C5RF50", type: .riskScreening, daysAgo: 0, start: "09:00", end: "",
              personsMet: "劳资专管员 黄卫东",
              workforce: Workforce(employees: 1520, writtenContracts: 1500, migrantWorkers: 1100),
              notes: "在建项目：张湾区保障房二期（施工总承包）。",
              nonCompliant: ["LC-07"], notApplicable: dispatchAndPlatform, answeredCount: 18,
              figures: ["LC-07": AnswerFigures(workers: 12)],
              completed: false, aboutProject: true),
        // 7: a policy briefing at a Wudangshan hotel for four enterprises of the tourist zone.
        Visit(creditCode: "91420300MA49H8Q025", type: .policyBriefing, daysAgo: 1, start: "15:00", end: "16:30",
              personsMet: "", workforce: Workforce(), attendees: 36,
              notes: "宣讲《保障农民工工资支付条例》和带薪年休假规定。",
              typeFacts: TypeFacts(
                place: "武当山太和山庄酒店二楼会议室",
                attendeeNames: "各企业负责人、人力资源专员及员工代表",
                materials: "《保障农民工工资支付条例》汇编、带薪年休假宣传折页",
                materialsCount: 40, questionsAnswered: 12, legalSessions: 1,
                participants: ["91420300MA4A3U6C8D", "91420300MA4B8L0G60", "91420300MA4B3PN133"])),
        // 8: a harmonious-enterprise assessment with nothing wrong.
        Visit(creditCode: "91420303557008122P", type: .harmoniousAssessment, daysAgo: 58, start: "09:00", end: "12:00",
              personsMet: "党委副书记、工会主席、人力资源部",
              workforce: Workforce(employees: 1240, writtenContracts: 1240, socialInsuranceEnrolled: 1240,
                                   dispatchedWorkers: 40, migrantWorkers: 200),
              notes: "集体合同已备案；劳动争议调解委员会运行正常。",
              nonCompliant: [], notApplicable: construction + ["FE-04", "FE-05"]),
        // 9: a mobile-arbitration session at a mine, still a draft.
        Visit(creditCode: "91420323MA49C1M86R", type: .mobileArbitration, daysAgo: 8, start: "13:30", end: "17:00",
              personsMet: "矿方代表、申请人 3 名",
              workforce: Workforce(employees: 340),
              notes: "现场调解工伤待遇争议2件，1件达成调解协议。",
              completed: false),
        // 10: a labour-dispute mediation (劳动争议调解) at a hotel: three cooks' overtime pay.
        Visit(creditCode: "91420303MA48H5N39M", type: .mediation, daysAgo: 15, start: "14:00", end: "16:00",
              personsMet: "酒店人事经理 田立国；申请人厨师 3 名",
              workforce: Workforce(),
              notes: "3名厨师主张2026年8—9月加班费共计11,600元；经调解，酒店同意10日内支付9,800元，双方签订调解协议。"),
        // 11: the out-of-town steel and curtain-wall subcontractor on the same project: its
        // welders without injury insurance, and their fume exposure referred to the health authority.
        Visit(creditCode: "91420100MA4K8C2L3N", type: .riskScreening, daysAgo: 9, start: "09:30", end: "11:30",
              personsMet: "项目负责人 魏长青；安全员 1 名",
              workforce: Workforce(employees: 64, writtenContracts: 64, socialInsuranceEnrolled: 46, migrantWorkers: 58),
              notes: "武汉注册企业，在张湾区保障房二期承担钢结构及幕墙分包；焊工18人未参加工伤保险，均未做岗前职业健康检查。",
              nonCompliant: ["SI-03"], notApplicable: dispatchAndPlatform,
              notesOnItems: ["SI-03": "焊工班组18人未按项目参加工伤保险。"],
              figures: ["SI-03": AnswerFigures(workers: 18)],
              recommendations: [
                Recommendation(items: ["SI-03"], text: nil, priority: .high),
              ],
              aboutProject: true,
              referrals: ["SI-03": (.health, "钢结构焊接作业区无局部排风，焊工未配发防尘口罩，未做岗前职业健康检查；已移送张湾区卫生健康局。")]),
        // 12: the screening of the dispatch agency that led to the summons (5): as the agency, the
        // user firm's duties (the 10% share, the posts, disguised dispatch) are not its own; equal
        // pay is its duty too (劳务派遣暂行规定 art. 7) and failed.
        Visit(creditCode: "91420302MA4A0F5T3M", type: .riskScreening, daysAgo: 25, start: "14:00", end: "16:00",
              personsMet: "总经理 苏丽华；派遣业务主管 1 名",
              workforce: Workforce(employees: 620, writtenContracts: 620, socialInsuranceEnrolled: 620,
                                   dispatchedWorkers: 580),
              notes: "派遣至两家汽车零部件企业装配岗位约300人，同岗位派遣工绩效工资低于直接用工职工。",
              nonCompliant: ["FE-06"], notApplicable: construction + ["FE-04", "FE-05"],
              figures: ["FE-06": AnswerFigures(workers: 300)],
              recommendations: [
                Recommendation(items: ["FE-06"], text: nil, priority: .medium),
              ],
              dispatchAgency: true),
    ]
}
