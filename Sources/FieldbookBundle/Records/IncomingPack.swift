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
    /// HQ's construction projects, their parties among `enterprises` (empty in a pack written
    /// before packs carried projects).
    public var projects: [Project]

    public init(packId: String, createdAt: Timestamp, signingKey: String, enterprises: [Enterprise],
                templates: [PackTemplate], devices: [PackDevice], projects: [Project] = []) {
        self.packId = packId
        self.createdAt = createdAt
        self.signingKey = signingKey
        self.enterprises = enterprises
        self.templates = templates
        self.devices = devices
        self.projects = projects
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
    public var projectsAdded = 0
    public var projectsUpdated = 0
    public var projectsUnchanged = 0
    /// Projects edited on this laptop and not exported yet, or holding a newer revision than the
    /// pack's: the local version is kept.
    public var projectsKeptLocal: [String] = []
    /// Projects not loaded because a party is neither in the pack nor on this laptop.
    public var projectsSkipped: [SkippedProject] = []
    /// The HQ key was pinned by this pack (the first one this laptop accepted).
    public var pinnedNow = false

    public init() {}
}

/// A pack's project that could not be loaded: the enterprise (by id) it names as a party is
/// neither in the pack nor on this laptop, so the project would point at nobody.
public struct SkippedProject: Sendable, Equatable {
    public var name: String
    public var missingEnterpriseId: String

    public init(name: String, missingEnterpriseId: String) {
        self.name = name
        self.missingEnterpriseId = missingEnterpriseId
    }
}
