

/// A line of `enterprises.jsonl`: the enterprise's fields plus `baseRevision`, the revision the
/// device last received from headquarters (absent for an enterprise created in the field).
public struct ChangedEnterprise: Codable, Sendable, Equatable {
    public var enterprise: Enterprise
    public var baseRevision: Int?

    public init(enterprise: Enterprise, baseRevision: Int?) {
        self.enterprise = enterprise
        self.baseRevision = baseRevision
    }

    private enum Keys: String, CodingKey { case baseRevision }

    public init(from decoder: any Decoder) throws {
        enterprise = try Enterprise(from: decoder)
        baseRevision = try decoder.container(keyedBy: Keys.self).decodeIfPresent(Int.self, forKey: .baseRevision)
    }

    public func encode(to encoder: any Encoder) throws {
        try enterprise.encode(to: encoder)
        var container = encoder.container(keyedBy: Keys.self)
        try container.encodeIfPresent(baseRevision, forKey: .baseRevision)
    }
}
