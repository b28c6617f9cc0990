import ArgumentParser
import FieldbookBundle
import FieldbookCore
import FieldbookHQ

/// `fieldbook hq init --db HQ.sqlite`
struct HQInitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Create a headquarters database and its keys.")

    @OptionGroup var store: StoreOptions

    func run() throws {
        try CommandContext.run { context in
            let path = store.path(default: HQCommand.defaultDatabase, environment: context.environment)
            let database = try HQStoreAccess.openOrCreate(path, context: context)
            let keyring = try HQKeyring.create(in: database, path: path)
            context.print(context.text(zh: "已创建总部数据库 \(path)。", en: "Created the headquarters database \(path)."))
            context.print(context.text(zh: "加密公钥（供 fieldbook export --encrypt-to 使用）：",
                                       en: "Encryption key (for fieldbook export --encrypt-to):"))
            context.print(keyring.encryptionKeyText)
            context.print(context.text(
                zh: "下一步：用 fieldbook import enterprises / import checklist 载入名录和检查清单，用 fieldbook hq trust 登记设备。",
                en: "Next: load the registry and checklists (fieldbook import enterprises / import checklist) and trust devices (fieldbook hq trust)."))
        }
    }
}
