import FieldbookCore
import Foundation

/// The attachment store of the database a command names, tidied first: an interrupted attach's
/// temporary and orphan files are removed (docs/attachments.md, "Crash safety").
enum AttachmentAccess {
    static func open(_ store: StoreOptions, context: inout CommandContext) throws -> AttachmentStore {
        let database = try DatabaseAccess.openExisting(store.path(environment: context.environment), context: &context)
        let attachments = AttachmentStore(database: database)
        try attachments.recover()
        return attachments
    }

    /// One line for a person: id prefix, kind, size, name, caption, where, and "detached" when so.
    static func line(_ a: Attachment, context: CommandContext) -> String {
        var parts = [String(a.id.prefix(8)), a.mediaType.label, AttachmentLimits.describe(a.size), a.originalName]
        if let code = a.itemCode { parts.append(context.text(zh: "检查项 ", en: "item ") + code) }
        if let rec = a.recommendationId { parts.append(context.text(zh: "意见建议 ", en: "recommendation ") + rec.prefix(8)) }
        if let taken = a.capturedAt { parts.append(context.text(zh: "拍摄于 ", en: "taken ") + taken.replacingOccurrences(of: "T", with: " ")) }
        if !a.caption.isEmpty { parts.append("“\(a.caption)”") }
        if let reason = a.detachReason { parts.append(context.text(zh: "已移除：", en: "detached: ") + reason) }
        return parts.joined(separator: "  ")
    }
}
