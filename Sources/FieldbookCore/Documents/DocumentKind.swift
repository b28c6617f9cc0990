/// The two documents generated from a visit.
public enum DocumentKind: String, Sendable, CaseIterable, Codable, Labelled {
    /// 整改建议书: the non-compliant items and what to do about them, handed to the enterprise.
    case notice
    /// 现场检查记录: every checklist item as found, signed by both sides.
    case record

    public var label: Bilingual {
        switch self {
        case .notice: Bilingual(zh: "整改建议书", en: "Rectification recommendations")
        case .record: Bilingual(zh: "现场检查记录", en: "Visit record")
        }
    }
}
