import ArgumentParser
import FieldbookBundle
import FieldbookCore
import FieldbookHQ

/// `fieldbook hq trust PUBLIC_KEY --inspector NAME`
struct HQTrustCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trust", abstract: "Accept bundles signed by a device (the first line of its `fieldbook key`).")

    @OptionGroup var store: StoreOptions

    @Argument(help: "The device's public key, e.g. ed25519:…")
    var publicKey: String

    @Option(help: "The inspector who uses the device.")
    var inspector: String

    func run() throws {
        try CommandContext.run { context in
            let (database, _, _) = try HQStoreAccess.open(store, context: &context)
            let key = publicKey.trimmingCharacters(in: .whitespacesAndNewlines)
            _ = try PublicKeyText.signingKey(key)
            let name = inspector.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !name.isEmpty else { throw CLIError.emptyInspectorName }
            let fingerprint = PublicKeyText.fingerprint(key)
            if try database.trustDevice(publicKey: key, inspector: name) {
                context.print(context.text(zh: "已信任设备 \(fingerprint)（\(name)）。", en: "Trusted device \(fingerprint) (\(name))."))
            } else {
                context.print(context.text(zh: "设备 \(fingerprint)（\(name)）已受信任，未作改动。",
                                           en: "Device \(fingerprint) (\(name)) was already trusted; nothing changed."))
            }
        }
    }
}
