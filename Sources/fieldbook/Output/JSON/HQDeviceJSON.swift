import FieldbookHQ

/// One device of `fieldbook hq devices --format json` (docs/schemas/cli/hq-devices.schema.json).
struct HQDeviceJSON: Encodable {
    let publicKey: String
    let fingerprint: String
    let deviceId: String?
    let inspector: String
    let status: String
    let trustedAt: String
    let revokedAt: String?
    let revokedReason: String?
    let revokedBy: String?
    let lastSequence: Int?
    let lastBundleAt: String?
    let missingSequences: [Int]

    init(_ d: DeviceStatus) {
        publicKey = d.publicKey
        fingerprint = d.fingerprint
        deviceId = d.deviceId
        inspector = d.inspector
        status = d.isRevoked ? "revoked" : "trusted"
        trustedAt = d.trustedAt.iso8601
        revokedAt = d.revokedAt?.iso8601
        revokedReason = d.revokedReason
        revokedBy = d.revokedBy
        lastSequence = d.lastSequence
        lastBundleAt = d.lastBundleAt?.iso8601
        missingSequences = d.missingSequences
    }
}
