import FieldbookCore

/// One template version as a reference pack carries it.
public struct PackTemplate: Codable, Sendable, Equatable {
    public var template: ChecklistTemplate
    public var sections: [ChecklistSection]
    public var items: [ChecklistItem]

    public init(template: ChecklistTemplate, sections: [ChecklistSection], items: [ChecklistItem]) {
        self.template = template
        self.sections = sections
        self.items = items
    }
}

/// A device on headquarters' trusted roster, as a reference pack carries it.
public struct PackDevice: Codable, Sendable, Equatable {
    public var publicKey: String
    public var inspector: String
    public var trustedAt: Timestamp

    public init(publicKey: String, inspector: String, trustedAt: Timestamp) {
        self.publicKey = publicKey
        self.inspector = inspector
        self.trustedAt = trustedAt
    }
}

/// A verified reference pack, ready to apply on a laptop.
public struct IncomingPack: Sendable {
    public var packId: String
    public var createdAt: Timestamp
    public var signingKey: String
    public var enterprises: [Enterprise]
    public var templates: [PackTemplate]
    public var devices: [PackDevice]

    public init(packId: String, createdAt: Timestamp, signingKey: String, enterprises: [Enterprise],
                templates: [PackTemplate], devices: [PackDevice]) {
        self.packId = packId
        self.createdAt = createdAt
        self.signingKey = signingKey
        self.enterprises = enterprises
        self.templates = templates
        self.devices = devices
    }
}

/// What applying a reference pack changed.
public struct PackReport: Sendable, Equatable {
    public var enterprisesAdded = 0
    public var enterprisesUpdated = 0
    public var enterprisesUnchanged = 0
    /// Enterprises edited on this laptop and not exported yet: the local version is kept.
    public var enterprisesKeptLocal: [String] = []
    public var templatesAdded: [String] = []
    public var templatesUnchanged = 0
    public var devices = 0
    /// The HQ key was pinned by this pack (the first one this laptop accepted).
    public var pinnedNow = false

    public init() {}
}
