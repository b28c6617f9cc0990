import ArgumentParser
import FieldbookBundle
import FieldbookCore

/// `fieldbook key`: this device's public key alone on line 1 (what `fieldbook hq trust` takes),
/// its fingerprint on line 2, the device and inspector it signs for on lines 3 and 4, and on line 5
/// the whole `fieldbook hq trust` command that binds the key to them at headquarters.
struct KeyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "key",
        abstract: "Print this device's public signing key (line 1) and its fingerprint (line 2).")

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: ResultFormatOption

    func run() throws {
        try CommandContext.run { context in
            let database = try DatabaseAccess.openExisting(store.path(environment: context.environment), context: &context)
            let key = try DeviceKeyStore.ensureKey(for: database)
            let inspector = try database.currentInspector()
            if output.json {
                return context.print(try JSONOutput.encode(DeviceKeyJSON(
                    publicKey: key.publicKeyText, fingerprint: key.fingerprint, deviceId: key.deviceId,
                    inspectorId: inspector?.id, inspector: inspector?.name)))
            }
            context.print(key.publicKeyText)
            context.print(context.text(zh: "指纹 ", en: "fingerprint ") + key.fingerprint)
            context.print(context.text(zh: "设备 ", en: "device ") + key.deviceId)
            guard let inspector else { return }
            context.print(context.text(zh: "检查员 ", en: "inspector ") + "\(inspector.name) (\(inspector.id))")
            context.print(context.text(zh: "在总部执行：", en: "at headquarters: ") + "fieldbook hq trust \(key.publicKeyText) --device \(key.deviceId) "
                          + "--inspector-id \(inspector.id) --inspector \("'" + inspector.name.replacingOccurrences(of: "'", with: "'\\''") + "'")")
        }
    }
}
