import ArgumentParser
import FieldbookBundle
import FieldbookCore
import FieldbookHQ

/// `fieldbook hq key`: the encryption key alone on line 1, its fingerprint on line 2, the
/// pack-signing key on line 3.
struct HQKeyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "key",
        abstract: "Print headquarters' encryption key (line 1), its fingerprint (line 2) and pack-signing key (line 3).")

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: ResultFormatOption

    func run() throws {
        try CommandContext.run { context in
            let (_, keyring, _) = try HQStoreAccess.open(store, context: &context)
            if output.json {
                return context.print(try JSONOutput.encode(HQKeyJSON(
                    encryptionKey: keyring.encryptionKeyText, fingerprint: PublicKeyText.fingerprint(keyring.encryptionKeyText),
                    signingKey: keyring.signingKeyText)))
            }
            context.print(keyring.encryptionKeyText)
            context.print(context.text(zh: "指纹 ", en: "fingerprint ") + PublicKeyText.fingerprint(keyring.encryptionKeyText))
            context.print(keyring.signingKeyText)
        }
    }
}
