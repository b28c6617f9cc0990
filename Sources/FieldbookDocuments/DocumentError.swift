import FieldbookCore

/// Why a document cannot be made, in the user's language.
public enum DocumentError: UserFacingError, Equatable {
    /// No Chinese TrueType font in any of the places looked in.
    case noChineseFont(searched: [String])
    /// A font file was found but could not be used.
    case unusableFont(String)
    /// A notice needs at least one non-compliant item or recommendation.
    case nothingToRectify
    /// The checklist version the visit was filled on is not in this database.
    case missingChecklist(id: String, version: Int)

    public func message(in language: Language) -> String {
        switch (self, language) {
        case let (.noChineseFont(searched), .zh):
            "找不到可嵌入的中文字体（已查找 \(searched.joined(separator: "、"))）。请安装 fonts-arphic-uming 或 fonts-wqy-zenhei 后重试；HTML 格式不受影响。"
        case let (.noChineseFont(searched), .en):
            "No embeddable Chinese font found (looked in \(searched.joined(separator: ", "))). Install fonts-arphic-uming or fonts-wqy-zenhei and try again; the HTML format works without it."
        case let (.unusableFont(reason), .zh): "字体无法使用：\(reason)。请重新安装 fonts-arphic-uming。"
        case let (.unusableFont(reason), .en): "The font cannot be used: \(reason). Reinstall fonts-arphic-uming."
        case (.nothingToRectify, .zh): "该走访没有不符合项，也没有意见建议，无需出具整改建议书；可打印现场检查记录（--doc record）。"
        case (.nothingToRectify, .en): "This visit has no non-compliant item and no recommendation, so there is no notice to print; print the visit record instead (--doc record)."
        case let (.missingChecklist(id, version), .zh): "本数据库中没有该走访所用的检查清单 \(id) 第 \(version) 版。"
        case let (.missingChecklist(id, version), .en): "The checklist \(id) version \(version) this visit was filled on is not in this database."
        }
    }
}
