import GRDB

/// A file attached as evidence (a photo of the wage notice board, a scanned payroll sheet, a
/// signed notice) to a visit, to one checklist item's answer, or to a recommendation (proof of
/// rectification at a follow-up). The bytes live in the content-addressed store beside the
/// database (`AttachmentStore`); the record names them by SHA-256. An attachment is never
/// deleted: it is detached with a reason, and its file goes only once that is exported.
public struct Attachment: SyncedRecord {
    public var id: String
    public var visitId: String
    /// The checklist item whose answer it documents (nil: the visit, or a recommendation).
    public var itemCode: String?
    /// The recommendation whose rectification it proves (of this visit or an earlier one of the
    /// same enterprise).
    public var recommendationId: String?
    /// Lowercase hex SHA-256 of the content: the file's name in the store.
    public var sha256: String
    /// The file's name where it was attached from (no directories).
    public var originalName: String
    public var size: Int64
    /// Sniffed from the content, never from the name (`AttachmentMediaType`).
    public var mediaType: AttachmentMediaType
    public var caption: String
    /// JPEG EXIF DateTimeOriginal as the camera wrote it (local time, no zone): `YYYY-MM-DDTHH:MM:SS`.
    public var capturedAt: String?
    public var attachedAt: Timestamp
    public var attachedBy: String?
    public var attachedByName: String
    public var detachedAt: Timestamp?
    public var detachReason: String?
    public var revision: Int
    public var updatedAt: Timestamp
    public var changeSeq: Int64

    public var isDetached: Bool { detachedAt != nil }

    public init(id: String = RecordID.make(), visitId: String, itemCode: String? = nil, recommendationId: String? = nil,
                sha256: String, originalName: String, size: Int64, mediaType: AttachmentMediaType, caption: String = "",
                capturedAt: String? = nil, attachedAt: Timestamp, attachedBy: String?, attachedByName: String) {
        self.id = id
        self.visitId = visitId
        self.itemCode = itemCode
        self.recommendationId = recommendationId
        self.sha256 = sha256
        self.originalName = originalName
        self.size = size
        self.mediaType = mediaType
        self.caption = caption
        self.capturedAt = capturedAt
        self.attachedAt = attachedAt
        self.attachedBy = attachedBy
        self.attachedByName = attachedByName
        self.detachedAt = nil
        self.detachReason = nil
        self.revision = 1
        self.updatedAt = attachedAt
        self.changeSeq = 0
    }

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let visitId = Column(CodingKeys.visitId)
        public static let itemCode = Column(CodingKeys.itemCode)
        public static let recommendationId = Column(CodingKeys.recommendationId)
        public static let sha256 = Column(CodingKeys.sha256)
        public static let size = Column(CodingKeys.size)
        public static let detachedAt = Column(CodingKeys.detachedAt)
        public static let attachedAt = Column(CodingKeys.attachedAt)
        public static let changeSeq = Column(CodingKeys.changeSeq)
    }
}

/// Where an attachment is attached.
public enum AttachmentTarget: Sendable, Equatable {
    case visit
    case item(code: String)
    case recommendation(id: String)
}
