import ArgumentParser
import FieldbookBundle
import FieldbookCore
import FieldbookHQ

/// `fieldbook hq revoke KEY_OR_FINGERPRINT --reason TEXT [--by NAME]`: a lost or stolen laptop.
struct HQRevokeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revoke", abstract: "Refuse every bundle a device's key signs from now on (a lost or stolen laptop).",
        discussion: """
            Bundles the key signed are refused from then on, however often they are imported again, and the key \
            cannot be trusted again (the device needs a new key). The revocation is audited; revoked keys are left \
            out of reference packs. `hq devices` shows it.
            """)

    @OptionGroup var store: StoreOptions

    @Argument(help: "The device's public key (ed25519:…) or its fingerprint as `hq devices` prints it.")
    var key: String

    @Option(help: "Why the key is revoked (kept in the audit log).")
    var reason: String

    @Option(help: "Who revokes it (default: the login name).")
    var by: String?

    func run() throws {
        try CommandContext.run { context in
            let (database, _, _) = try HQStoreAccess.open(store, context: &context)
            let person = try HQStoreAccess.person(by, context: context)
            let device = try database.revokeDevice(key, reason: reason, by: person)
            context.print(context.text(
                zh: "已吊销设备 \(device.fingerprint)（\(device.inspector)）。此后由该密钥签名的导出文件一律拒收。",
                en: "Revoked device \(device.fingerprint) (\(device.inspector)). Bundles signed by this key are refused from now on."))
        }
    }
}
