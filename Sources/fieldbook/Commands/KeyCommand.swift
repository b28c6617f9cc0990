import ArgumentParser
import FieldbookBundle
import FieldbookCore

/// `fieldbook key`: this device's public key alone on line 1 (what `fieldbook hq trust` takes),
/// its fingerprint on line 2.
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
            if output.json {
                return context.print(try JSONOutput.encode(DeviceKeyJSON(publicKey: key.publicKeyText, fingerprint: key.fingerprint)))
            }
            context.print(key.publicKeyText)
            context.print(context.text(zh: "指纹 ", en: "fingerprint ") + key.fingerprint)
        }
    }
}
