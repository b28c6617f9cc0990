import FieldbookCore

/// One attachment in `fieldbook attach|attachments|detach --format json`
/// (docs/schemas/cli/attachments.schema.json).
struct AttachmentJSON: Encodable {
    let id: String
    let visitId: String
    let itemCode: String?
    let recommendationId: String?
    let sha256: String
    let originalName: String
    let size: Int64
    let mediaType: String
    let caption: String
    let capturedAt: String?
    let attachedAt: String
    let attachedByName: String
    let detachedAt: String?
    let detachReason: String?
    let revision: Int

    init(_ a: Attachment) {
        id = a.id
        visitId = a.visitId
        itemCode = a.itemCode
        recommendationId = a.recommendationId
        sha256 = a.sha256
        originalName = a.originalName
        size = a.size
        mediaType = a.mediaType.rawValue
        caption = a.caption
        capturedAt = a.capturedAt
        attachedAt = a.attachedAt.iso8601
        attachedByName = a.attachedByName
        detachedAt = a.detachedAt?.iso8601
        detachReason = a.detachReason
        revision = a.revision
    }
}
