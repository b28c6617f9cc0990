import ArgumentParser
import FieldbookBundle
import FieldbookCore
import FieldbookHQ

/// `fieldbook hq trust PUBLIC_KEY --inspector NAME [--device ID --inspector-id ID]`: the line
/// `fieldbook key` prints on the laptop binds the key to its device and inspector at once.
struct HQTrustCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trust", abstract: "Accept bundles signed by a device (the first line of its `fieldbook key`).")

    @OptionGroup var store: StoreOptions

    @Argument(help: "The device's public key, e.g. ed25519:…")
    var publicKey: String

    @Option(help: "The inspector who uses the device.")
    var inspector: String

    @Option(help: "The device id the key signs for (from the laptop's `fieldbook key`): bound now, so the first bundle is checked.")
    var device: String?

    @Option(name: .customLong("inspector-id"), help: "The inspector id the key signs for (from the laptop's `fieldbook key`).")
    var inspectorId: String?

    func run() throws {
        try CommandContext.run { context in
            let (database, _, _) = try HQStoreAccess.open(store, context: &context)
            let key = publicKey.trimmingCharacters(in: .whitespacesAndNewlines)
            _ = try PublicKeyText.signingKey(key)
            let name = inspector.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !name.isEmpty else { throw CLIError.emptyInspectorName }
            let fingerprint = PublicKeyText.fingerprint(key)
            let deviceId = device?.trimmingCharacters(in: .whitespaces), inspectorKey = inspectorId?.trimmingCharacters(in: .whitespaces)
            if try database.trustDevice(publicKey: key, inspector: name, deviceId: deviceId, inspectorId: inspectorKey) {
                context.print(context.text(zh: "已信任设备 \(fingerprint)（\(name)）。", en: "Trusted device \(fingerprint) (\(name))."))
                if let deviceId {
                    context.print(context.text(zh: "该密钥只为设备 \(deviceId) 签名。", en: "The key signs for device \(deviceId) only."))
                } else {
                    context.print(context.text(zh: "尚未绑定设备：首个文件将绑定；用设备上 fieldbook key 显示的 --device 与 --inspector-id 可现在绑定。",
                                               en: "Not bound to a device yet: its first bundle will bind it; pass --device and --inspector-id as the laptop's `fieldbook key` shows to bind it now."))
                }
            } else {
                context.print(context.text(zh: "设备 \(fingerprint)（\(name)）已受信任，未作改动。",
                                           en: "Device \(fingerprint) (\(name)) was already trusted; nothing changed."))
            }
        }
    }
}
