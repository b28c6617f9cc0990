import GRDB

/// A visit is a draft until completed; a completed visit is locked until reopened with a reason.
public enum VisitStatus: String, Codable, Sendable, CaseIterable, DatabaseValueConvertible, Labelled {
    case draft
    case completed

    public var label: Bilingual {
        switch self {
        case .draft: Bilingual(zh: "草稿", en: "draft")
        case .completed: Bilingual(zh: "已完成", en: "completed")
        }
    }
}
