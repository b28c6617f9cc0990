import FieldbookCore
import GRDB

/// The device's signing key as stored in the database: the private half in `syncDeviceKey`, the
/// public half (as text) in `deviceIdentity.publicKey`, written together in one transaction.
public struct StoredDeviceKey: Sendable, Equatable {
    public var deviceId: String
    public var privateKey: String
    public var publicKey: String
}

extension AppDatabase {
    /// The stored device key, nil when none was made yet. Throws `CoreError.notInitialized`
    /// before `initialize`.
    public func storedDeviceKey() throws -> StoredDeviceKey? {
        try reader.read { db in try Self.storedKey(of: Self.device(db), db) }
    }

    /// Stores a new device key unless one exists (then the existing one is returned unchanged).
    /// `make` is called inside the transaction only when a key is needed.
    public func storeDeviceKeyIfMissing(_ make: @Sendable () -> (privateKey: String, publicKey: String))
    throws -> StoredDeviceKey {
        return try writer.write { db in
            var device = try Self.device(db)
            if let stored = try Self.storedKey(of: device, db) { return stored }
            let key = make()
            let now = clock.timestamp()
            try db.execute(sql: "INSERT OR REPLACE INTO syncDeviceKey (deviceId, privateKey, createdAt) VALUES (?, ?, ?)",
                           arguments: [device.id, key.privateKey, now])
            device.publicKey = key.publicKey
            device.keyFile = nil
            device.revision += 1
            device.updatedAt = now
            try device.update(db)
            return StoredDeviceKey(deviceId: device.id, privateKey: key.privateKey, publicKey: key.publicKey)
        }
    }

    /// This laptop's device identity (the first made); `CoreError.notInitialized` before `initialize`.
    private static func device(_ db: Database) throws -> DeviceIdentity {
        guard let device = try DeviceIdentity.order(DeviceIdentity.Columns.createdAt).fetchOne(db) else {
            throw CoreError.notInitialized
        }
        return device
    }

    /// The key of `device` when both halves are stored.
    private static func storedKey(of device: DeviceIdentity, _ db: Database) throws -> StoredDeviceKey? {
        guard let publicKey = device.publicKey,
              let privateKey = try String.fetchOne(db, sql: "SELECT privateKey FROM syncDeviceKey WHERE deviceId = ?",
                                                   arguments: [device.id]) else { return nil }
        return StoredDeviceKey(deviceId: device.id, privateKey: privateKey, publicKey: publicKey)
    }
}
