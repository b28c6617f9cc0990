/// A minimum level a visit's findings impose whatever the score (docs/risk-scoring.md), with
/// the items that caused it, so the interface and reports can say why a level is what it is.
public struct RiskFloor: Sendable, Hashable {
    public enum Rule: Sendable, Hashable {
        /// F1: a failed weight-3 item (a core obligation) → at least medium.
        case coreObligation
        /// F2: failures of weight ≥ 2 in two or more of contracts, wages, social insurance → at least high.
        case coreAreas([CoreArea])
        /// F3: a failed item affecting more than `RiskScoring.workforceShareForHigh` of the workforce → at least high.
        case workforceShare
        /// F4: a critical item failed → major.
        case critical
        /// F5: a serious violation by its recorded figures → major.
        case serious(SeriousViolation)
        /// F6: a risk signal is present → at least medium.
        case signal
    }

    public var rule: Rule
    public var level: RiskLevel
    /// Codes of the items that raised this floor.
    public var items: [String]

    public init(rule: Rule, level: RiskLevel, items: [String]) {
        self.rule = rule
        self.level = level
        self.items = items
    }

    /// One line for the interface, e.g. "不低于高风险：劳动合同、工资支付两方面均不符合（LC-01、WG-01）".
    public func explanation(in language: Language) -> String {
        let codes = items.joined(separator: language == .zh ? "、" : ", ")
        switch language {
        case .zh:
            let floor = level == .major ? "认定为重大风险" : "不低于\(level.label(in: .zh))"
            return "\(floor)：\(reason(in: .zh))（\(codes)）"
        case .en:
            let floor = level == .major ? "major" : "at least \(level.label(in: .en))"
            return "\(floor): \(reason(in: .en)) (\(codes))"
        }
    }

    private func reason(in language: Language) -> String {
        switch rule {
        case .coreObligation:
            return language == .zh ? "核心义务项不符合" : "a core obligation failed"
        case .coreAreas(let areas):
            let names = areas.map { $0.label(in: language) }
            return language == .zh ? names.joined(separator: "、") + "多方面不符合"
                : "failures in " + names.joined(separator: " and ")
        case .workforceShare:
            let percent = Int((RiskScoring.workforceShareForHigh * 100).rounded())
            return language == .zh ? "涉及人数超过职工总数的\(percent)%" : "more than \(percent)% of the workforce affected"
        case .critical:
            return language == .zh ? "关键项不符合" : "a critical item failed"
        case .serious(let kind):
            return kind.label(in: language)
        case .signal:
            return language == .zh ? "存在风险信号" : "a risk signal is present"
        }
    }
}
