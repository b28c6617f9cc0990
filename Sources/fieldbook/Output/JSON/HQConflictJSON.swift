import FieldbookCore
import FieldbookHQ

/// One element of `fieldbook hq conflicts --format json` (docs/schemas/cli/hq-conflicts.schema.json):
/// both versions as the records themselves, and who resolved it when it is resolved.
struct HQConflictJSON: Encodable {
    let id: String
    let recordType: String
    let recordId: String
    /// `concurrentEdit`, `sameCreditCode`, `deletion` or `voidUndone`.
    let kind: String
    let detectedAt: Timestamp
    let bundleId: String
    let currentDeviceId: String
    let currentRevision: Int
    let current: JSONValue
    let incomingDeviceId: String
    let incomingRevision: Int
    let incoming: JSONValue
    /// `current` or `incoming` once resolved; absent while open.
    let resolution: String?
    let resolvedBy: String?
    let resolvedAt: Timestamp?

    init(_ conflict: HQConflict) {
        id = conflict.id
        recordType = conflict.recordType
        recordId = conflict.recordId
        kind = conflict.kind
        detectedAt = conflict.detectedAt
        bundleId = conflict.bundleId
        currentDeviceId = conflict.currentDeviceId
        currentRevision = conflict.currentRevision
        current = JSONValue(parsing: conflict.currentJSON)
        incomingDeviceId = conflict.incomingDeviceId
        incomingRevision = conflict.incomingRevision
        incoming = JSONValue(parsing: conflict.incomingJSON)
        resolution = conflict.resolution
        resolvedBy = conflict.resolvedBy
        resolvedAt = conflict.resolvedAt
    }
}
