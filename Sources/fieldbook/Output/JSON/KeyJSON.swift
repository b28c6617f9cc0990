/// `fieldbook key --format json` (docs/schemas/cli/key.schema.json).
struct DeviceKeyJSON: Encodable {
    let publicKey: String
    let fingerprint: String
    let deviceId: String
    let inspectorId: String?
    let inspector: String?
}

/// `fieldbook hq key --format json` (docs/schemas/cli/hq-key.schema.json).
struct HQKeyJSON: Encodable {
    let encryptionKey: String
    let fingerprint: String
    let signingKey: String
}
