/// The kinds of serious violation that make a visit's risk major (floor F5): the categories of
/// 《重大劳动保障违法行为社会公布办法》 and the C-grade triggers of 人社部规〔2016〕1号 art. 7.
/// The law leaves "数额较大" and "情节严重" to the enforcing bureau; the thresholds here are
/// Fieldbook's, documented with their reasons in docs/risk-scoring.md.
public enum SeriousViolation: String, Codable, Sendable, CaseIterable, Labelled {
    case childLabour
    case forcedLabour
    case wageArrears
    case socialInsurance
    case workingHours
    case femaleMinorProtection
    case socialImpact

    public var label: Bilingual {
        switch self {
        case .childLabour: Bilingual(zh: "使用童工", en: "child labour")
        case .forcedLabour: Bilingual(zh: "强迫劳动", en: "forced labour")
        case .wageArrears: Bilingual(zh: "拖欠劳动报酬数额较大或涉及人数较多", en: "large or collective wage arrears")
        case .socialInsurance: Bilingual(zh: "不依法参加社会保险情节严重", en: "serious social-insurance violation")
        case .workingHours: Bilingual(zh: "违反工时休假规定情节严重", en: "serious working-hours violation")
        case .femaleMinorProtection: Bilingual(zh: "违反女职工和未成年工特殊保护规定情节严重",
                                               en: "serious female/minor worker protection violation")
        case .socialImpact: Bilingual(zh: "引发群体性事件或造成严重不良社会影响",
                                      en: "collective incident or serious public impact")
        }
    }

    /// Wage arrears are collective from this many workers: the same ten people that make a
    /// claim collective in the risk signals, and the bureau's watch list, use.
    public static let collectiveWorkers = 10
    /// Wage arrears are large from this amount (yuan).
    public static let largeArrearsYuan = 30_000
    /// More than this share of the workforce uninsured is a serious social-insurance violation.
    public static let insuranceShare = 0.5
    /// Working-hours violations are serious when this many workers are affected for `hoursMonths`.
    public static let hoursWorkers = 10
    public static let hoursMonths = 3
    /// Female or minor workers' protection is seriously violated from this many workers.
    public static let protectionWorkers = 3

    /// Whether a non-compliant answer with these figures, at a visit with `employees` workers,
    /// is serious. Child and forced labour are serious whatever the figures (the items are also
    /// critical); without the figures the others cannot be judged serious.
    public func isMet(by figures: AnswerFigures, employees: Int?) -> Bool {
        let workers = figures.workers ?? 0
        switch self {
        case .childLabour, .forcedLabour, .socialImpact:
            return true
        case .wageArrears:
            return workers >= Self.collectiveWorkers || (figures.amountYuan ?? 0) >= Self.largeArrearsYuan
        case .socialInsurance:
            guard let employees, employees > 0 else { return false }
            return workers >= Self.collectiveWorkers && Double(workers) / Double(employees) > Self.insuranceShare
        case .workingHours:
            return workers >= Self.hoursWorkers && (figures.months ?? 0) >= Self.hoursMonths
        case .femaleMinorProtection:
            return workers >= Self.protectionWorkers
        }
    }
}
