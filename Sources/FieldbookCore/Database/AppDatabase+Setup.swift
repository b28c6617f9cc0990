import GRDB

extension Inspector {
    /// The inspector this database belongs to (the one named by the device identity).
    package static func currentInspector(_ db: Database) throws -> Inspector? {
        try Inspector.fetchOne(db.cachedStatement(sql: """
            SELECT inspector.* FROM inspector JOIN deviceIdentity ON deviceIdentity.inspectorId = inspector.id
            ORDER BY deviceIdentity.createdAt LIMIT 1
            """))
    }
}

extension AppDatabase {
    /// `fieldbook init`: records the inspector and creates this device's identity (a new UUID).
    /// Refused when the database is already set up.
    @discardableResult
    public func initialize(inspectorName: String, district: String = "", language: Language = .zh)
    throws -> (Inspector, DeviceIdentity) {
        let name = inspectorName.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { throw CoreError.emptyField(FieldName.inspectorName) }
        return try write { db, change in
            if let existing = change.inspector { throw CoreError.alreadyInitialized(name: existing.name) }
            var inspector = Inspector(name: name, district: district.trimmingCharacters(in: .whitespaces),
                                      language: language)
            change.stampNew(&inspector)
            try inspector.insert(db)
            let device = DeviceIdentity(inspectorId: inspector.id, createdAt: change.now)
            try device.insert(db)
            return (inspector, device)
        }
    }

    /// The inspector of this database, nil before `initialize`.
    public func currentInspector() throws -> Inspector? {
        try reader.read { db in try Inspector.currentInspector(db) }
    }

    /// This device's identity, nil before `initialize`.
    public func deviceIdentity() throws -> DeviceIdentity? {
        try reader.read { db in try DeviceIdentity.order(DeviceIdentity.Columns.createdAt).fetchOne(db) }
    }

    /// Changes the inspector's name, district or interface language.
    @discardableResult
    public func updateInspector(name: String, district: String, language: Language) throws -> Inspector {
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { throw CoreError.emptyField(FieldName.inspectorName) }
        return try write { db, change in
            guard let old = change.inspector else { throw CoreError.notInitialized }
            var inspector = old
            inspector.name = name
            inspector.district = district
            inspector.language = language
            guard inspector != old else { return old }
            change.stampChanged(&inspector, from: old)
            try inspector.update(db)
            return inspector
        }
    }

    /// Records the device's signing public key (base64) and where its private key file is;
    /// used by the sync module when it creates the key.
    @discardableResult
    public func setDeviceKey(publicKey: String, keyFile: String?) throws -> DeviceIdentity {
        try write { db, change in
            guard var device = try DeviceIdentity.order(DeviceIdentity.Columns.createdAt).fetchOne(db) else {
                throw CoreError.notInitialized
            }
            device.publicKey = publicKey
            device.keyFile = keyFile
            device.revision += 1
            device.updatedAt = change.now
            try device.update(db)
            return device
        }
    }
}
