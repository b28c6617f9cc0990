import FieldbookCore

/// Everything a document is made from: the visit with its enterprise, answers and
/// recommendations, the checklist version it was filled on, and the database's document settings.
/// Nothing else goes in (no clock, no machine name): the same source gives the same document.
public struct DocumentSource: Sendable, Hashable {
    public var detail: VisitDetail
    public var checklist: Checklist
    public var settings: DocumentSettings

    public init(detail: VisitDetail, checklist: Checklist, settings: DocumentSettings) {
        self.detail = detail
        self.checklist = checklist
        self.settings = settings
    }

    var visit: SiteVisit { detail.visit }
    var enterprise: Enterprise { detail.enterprise }

    /// The issuer and report line the visit's documents were issued under; the database's
    /// settings until the first print fixes them on the visit. English renderings translate
    /// with the settings' English text.
    func issuer(_ language: Language) -> String {
        language == .zh ? visit.documentIssuer ?? settings.issuerZh : settings.issuerEn
    }

    func reportLine(_ language: Language) -> String {
        language == .zh ? visit.documentReportLine ?? settings.reportLineZh : settings.reportLineEn
    }

    func number(_ language: Language) -> String {
        visit.documentNumber ?? (language == .zh ? "（未编号）" : "(not numbered)")
    }

    /// Recommendations in a stable order: by the position of their first item, then creation.
    var orderedRecommendations: [Recommendation] {
        let positions = Dictionary(uniqueKeysWithValues: checklist.items.enumerated().map { ($1.code, $0) })
        return detail.recommendations.sorted { lhs, rhs in
            let l = lhs.itemCodes.compactMap { positions[$0] }.min() ?? Int.max
            let r = rhs.itemCodes.compactMap { positions[$0] }.min() ?? Int.max
            if l != r { return l < r }
            if lhs.createdOn != rhs.createdOn { return lhs.createdOn < rhs.createdOn }
            return lhs.id < rhs.id
        }
    }

    /// Checklist items answered non-compliant, in checklist order.
    var nonCompliantItems: [ChecklistItem] {
        checklist.items.filter { detail.answers[$0.code]?.value == .nonCompliant }
    }
}

/// How documents write dates, numbers and marks.
enum DocumentFormat {
    static func date(_ date: LocalDate, _ language: Language) -> String {
        language == .zh ? "\(date.year)年\(date.month)月\(date.day)日" : date.description
    }

    static func deadline(_ date: LocalDate?, _ language: Language) -> String {
        guard let date else { return language == .zh ? "未定期限" : "no deadline set" }
        return language == .zh ? "\(self.date(date, .zh))前" : "by \(date.description)"
    }

    /// One decimal, without the locale.
    static func decimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(abs(tenths % 10))"
    }

    static func mark(_ value: AnswerValue?) -> String {
        switch value ?? .unanswered {
        case .compliant: "✓"
        case .nonCompliant: "✗"
        case .notApplicable: "–"
        case .unanswered: "·"
        }
    }

    /// 一 二 … 九十九, for numbering the items of a notice.
    static func chineseNumeral(_ number: Int) -> String {
        let digits = Array("零一二三四五六七八九")
        guard number > 0, number < 100 else { return String(number) }
        if number < 10 { return String(digits[number]) }
        let tens = number / 10, ones = number % 10
        return (tens == 1 ? "" : String(digits[tens])) + "十" + (ones == 0 ? "" : String(digits[ones]))
    }

    static func count(_ value: Int?) -> String { value.map(String.init) ?? "—" }
}
