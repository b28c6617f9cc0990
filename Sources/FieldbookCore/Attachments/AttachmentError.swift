import Foundation

/// Why an attachment was refused or could not be stored. Every refusal happens before anything
/// is stored (or undoes what was), and says so.
public enum AttachmentError: UserFacingError, Equatable {
    case fileTooLarge(name: String, size: Int64, limit: Int64)
    case visitLimit(name: String, total: Int64, limit: Int64)
    case notAFile(path: String)
    case cannotRead(path: String, reason: String)
    case emptyFile(name: String)
    case alreadyAttached(name: String)
    case noFiles
    case bothItemAndRecommendation
    case recommendationOfOtherEnterprise(id: String)
    case alreadyDetached(id: String)
    case detachNeedsReason
    case notFound(id: String)
    case storeFailed(path: String, reason: String)
    case invalidLimit
    case fileLimitAboveVisitLimit
    case textTooLong(field: Bilingual, limit: Int, found: Int)

    public func message(in language: Language) -> String {
        let (zh, en) = texts
        return language == .zh ? zh : en
    }

    private var texts: (String, String) {
        switch self {
        case let .fileTooLarge(name, size, limit):
            ("“\(name)”有 \(AttachmentLimits.describe(size))，超过每个文件 \(AttachmentLimits.describe(limit)) 的上限；未附加任何文件",
             "\"\(name)\" is \(AttachmentLimits.describe(size)), more than the \(AttachmentLimits.describe(limit)) limit per file; nothing was attached")
        case let .visitLimit(name, total, limit):
            ("附加“\(name)”后本次走访的附件共 \(AttachmentLimits.describe(total))，超过每次走访 \(AttachmentLimits.describe(limit)) 的上限；未附加任何文件",
             "with \"\(name)\" this visit's attachments would total \(AttachmentLimits.describe(total)), more than the \(AttachmentLimits.describe(limit)) limit per visit; nothing was attached")
        case let .notAFile(path):
            ("“\(path)”不是普通文件；未附加任何文件", "\"\(path)\" is not a regular file; nothing was attached")
        case let .cannotRead(path, reason):
            ("无法读取“\(path)”：\(reason)；未附加任何文件", "cannot read \"\(path)\": \(reason); nothing was attached")
        case let .emptyFile(name):
            ("“\(name)”是空文件；未附加任何文件", "\"\(name)\" is empty; nothing was attached")
        case let .alreadyAttached(name):
            ("“\(name)”的内容已附加在同一处；未重复附加", "the content of \"\(name)\" is already attached there; nothing was attached")
        case .noFiles:
            ("请指定要附加的文件", "name at least one file to attach")
        case .bothItemAndRecommendation:
            ("附件只能附加到检查项或意见建议之一", "attach to a checklist item or to a recommendation, not both")
        case let .recommendationOfOtherEnterprise(id):
            ("意见建议 \(id) 属于另一家企业", "recommendation \(id) belongs to another enterprise")
        case let .alreadyDetached(id):
            ("附件 \(id) 已经移除", "attachment \(id) is already detached")
        case .detachNeedsReason:
            ("移除附件须填写原因", "detaching an attachment needs a reason")
        case let .notFound(id):
            ("找不到附件 \(id)", "attachment \(id) not found")
        case let .storeFailed(path, reason):
            ("无法保存附件到 \(path)：\(reason)；未附加任何文件",
             "cannot store the attachment in \(path): \(reason); nothing was attached")
        case .invalidLimit:
            ("上限须大于零", "a limit must be more than zero")
        case .fileLimitAboveVisitLimit:
            ("每个文件的上限不能大于每次走访的上限", "the limit per file cannot be more than the limit per visit")
        case let .textTooLong(field, limit, found):
            ("\(field.zh)有 \(found) 个字符，上限 \(limit)；未作改动", "\(field.en) has \(found) characters, more than the limit of \(limit); nothing was changed")
        }
    }
}
