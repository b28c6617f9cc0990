/// Why a checklist template file was refused; every message names the place at fault.
public enum TemplateError: UserFacingError, Equatable {
    case malformedJSON(detail: String)
    case wrongFormat(found: String?)
    case unsupportedFormatVersion(Int)
    case missing(field: String, in: String)
    case badIdentifier(String)
    case badVersion(Int)
    case noSections
    case emptySection(String)
    case duplicateSection(String)
    case duplicateItem(String)
    case badItemCode(String)
    case badWeight(item: String, weight: Int)
    case versionAlreadyLoaded(id: String, version: Int)
    case badChoice(item: String, field: String, value: String, allowed: [String])
    case badDeadline(item: String, days: Int)
    case unknownPlaceholder(item: String, field: String, placeholder: String)

    public func message(in language: Language) -> String {
        let (zh, en) = texts
        return language == .zh ? zh : en
    }

    private var texts: (String, String) {
        switch self {
        case let .malformedJSON(detail):
            ("检查清单文件不是有效的JSON：\(detail)", "the checklist file is not valid JSON: \(detail)")
        case let .wrongFormat(found):
            ("不是检查清单文件（format应为“\(ChecklistTemplateFile.formatName)”，实为“\(found ?? "")”）",
             "not a checklist file (format should be \"\(ChecklistTemplateFile.formatName)\", found \"\(found ?? "")\")")
        case let .unsupportedFormatVersion(v):
            ("检查清单格式版本\(v)过新，请升级Fieldbook", "checklist format version \(v) is newer than this Fieldbook; update it")
        case let .missing(field, place):
            ("检查清单\(place)缺少“\(field)”", "checklist \(place) lacks \"\(field)\"")
        case let .badIdentifier(id):
            ("检查清单标识“\(id)”无效（仅限小写字母、数字和连字符）",
             "checklist id \"\(id)\" is invalid (lowercase letters, digits and hyphens only)")
        case let .badVersion(v):
            ("检查清单版本号\(v)无效（应为正整数）", "checklist version \(v) is invalid (must be a positive integer)")
        case .noSections:
            ("检查清单没有任何部分", "the checklist has no sections")
        case let .emptySection(code):
            ("检查清单部分“\(code)”没有检查项", "checklist section \(code) has no items")
        case let .duplicateSection(code):
            ("检查清单部分代码“\(code)”重复", "checklist section code \(code) appears twice")
        case let .duplicateItem(code):
            ("检查项代码“\(code)”重复", "checklist item code \(code) appears twice")
        case let .badItemCode(code):
            ("检查项代码“\(code)”无效（应如 LC-01）", "checklist item code \"\(code)\" is invalid (expected e.g. LC-01)")
        case let .badWeight(item, weight):
            ("检查项“\(item)”的权重\(weight)无效（应为1–3）", "checklist item \(item) has weight \(weight); it must be 1, 2 or 3")
        case let .versionAlreadyLoaded(id, version):
            ("检查清单“\(id)”第\(version)版已载入且内容不同；修改后请提高版本号",
             "checklist \(id) version \(version) is already loaded with different content; give the changed file a new version")
        case let .badChoice(item, field, value, allowed):
            ("检查项“\(item)”的\(field)“\(value)”无效（可选：\(allowed.joined(separator: "、"))）",
             "checklist item \(item) has \(field) \"\(value)\"; it must be one of \(allowed.joined(separator: ", "))")
        case let .badDeadline(item, days):
            ("检查项“\(item)”的整改期限\(days)天无效（应为0–365）",
             "checklist item \(item) has deadlineDays \(days); it must be 0 to 365")
        case let .unknownPlaceholder(item, field, placeholder):
            ("检查项“\(item)”的\(field)含占位符“{\(placeholder)}”，但该项未在figures中要求此数字",
             "checklist item \(item): \(field) uses {\(placeholder)} but the item's figures do not ask for it")
        }
    }
}
