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
        return try reader.read { db in
            guard let device = try DeviceIdentity.order(DeviceIdentity.Columns.createdAt).fetchOne(db) else {
                throw CoreError.notInitialized
            }
            guard let publicKey = device.publicKey,
                  let privateKey = try String.fetchOne(db, sql: "SELECT privateKey FROM syncDeviceKey WHERE deviceId = ?",
                                                       arguments: [device.id]) else { return nil }
            return StoredDeviceKey(deviceId: device.id, privateKey: privateKey, publicKey: publicKey)
        }
    }

    /// Stores a new device key unless one exists (then the existing one is returned unchanged).
    /// `make` is called inside the transaction only when a key is needed.
    public func storeDeviceKeyIfMissing(_ make: @Sendable () -> (privateKey: String, publicKey: String))
    throws -> StoredDeviceKey {
        return try writer.write { db in
            guard var device = try DeviceIdentity.order(DeviceIdentity.Columns.createdAt).fetchOne(db) else {
                throw CoreError.notInitialized
            }
            if let publicKey = device.publicKey,
               let privateKey = try String.fetchOne(db, sql: "SELECT privateKey FROM syncDeviceKey WHERE deviceId = ?",
                                                    arguments: [device.id]) {
                return StoredDeviceKey(deviceId: device.id, privateKey: privateKey, publicKey: publicKey)
            }
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
}
