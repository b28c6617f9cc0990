import ArgumentParser
import FieldbookBundle
import FieldbookCore
import FieldbookHQ
import Foundation

/// `fieldbook hq pack --out FILE`
struct HQPackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pack", abstract: "Write a signed reference pack: registry, checklists, trusted devices, construction projects.")

    @OptionGroup var store: StoreOptions

    @Option(help: "The pack file to write.", completion: .file())
    var out: String

    func run() throws {
        try CommandContext.run { context in
            let (database, keyring, _) = try HQStoreAccess.open(store, context: &context)
            let url = URL(fileURLWithPath: DataDirectory.expandingTilde(out, environment: context.environment))
            let result = try ReferencePackWriter(database: database, keyring: keyring).write(to: url)
            context.print(result.path)
            let size = ByteCountFormatter.string(fromByteCount: result.bytes, countStyle: .file)
            context.print(context.text(
                zh: "企业 \(result.enterprises) 家，检查清单 \(result.templates) 版，受信设备 \(result.devices) 台，建设项目 \(result.projects) 个；\(size)",
                en: "\(result.enterprises) enterprises, \(result.templates) template versions, \(result.devices) trusted devices, \(result.projects) construction projects; \(size)"))
        }
    }
}
