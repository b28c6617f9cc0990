import ArgumentParser
import FieldbookBundle
import FieldbookCore
import Foundation

/// `fieldbook init --inspector NAME [--district D] [--language zh|en]`
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Set up a database for an inspector and create this device's identity.")

    @OptionGroup var store: StoreOptions

    @Option(help: "The inspector's name, e.g. 李明.")
    var inspector: String

    @Option(help: "The inspector's district, e.g. 张湾区.")
    var district: String?

    @Option(help: "Interface language: zh or en (default: from LANG).")
    var language: Language?

    func run() throws {
        try CommandContext.run { context in
            let path = store.path(environment: context.environment)
            let name = inspector.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !name.isEmpty else { throw CLIError.emptyInspectorName }
            var districtName = ""
            if let district {
                guard let canonical = ShiyanDistricts.canonical(district) else { throw CLIError.unknownDistrict(district) }
                districtName = canonical
            }
            let chosen = language ?? context.language
            let setUp = { (database: AppDatabase) throws -> DeviceIdentity in
                let device = try database.initialize(inspectorName: name, district: districtName, language: chosen).1
                try DeviceKeyStore.ensureKey(for: database)
                return device
            }
            var device: DeviceIdentity?
            if FileManager.default.fileExists(atPath: path) {
                device = try setUp(try DatabaseAccess.openExisting(path, context: &context))
            } else {
                try DatabaseAccess.createNew(path, context: context) { device = try setUp($0) }
            }
            let id = device?.id ?? ""
            context.print(chosen == .zh
                ? "已为检查员“\(name)”初始化 \(path)（设备 \(id)）。"
                : "Set up \(path) for inspector \"\(name)\" (device \(id)).")
        }
    }
}
