import ArgumentParser
import FieldbookBundle
import FieldbookCore
import FieldbookHQ

/// `fieldbook demo [--db PATH]`: only creates a demo database (default
/// `$XDG_DATA_HOME/fieldbook/demo.sqlite`); an existing file is never touched.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Create a demo database: sample registry, checklist, visits and recommendations.")

    @OptionGroup var store: StoreOptions

    func run() throws {
        try CommandContext.run { context in
            let path = store.path(default: DataDirectory.demoDatabase, environment: context.environment)
            let summary = try DemoDatabase.create(at: path, context: context)
            context.print(context.text(
                zh: "已创建演示数据库 \(path)：\(summary.enterprises) 家企业，\(summary.visits) 次走访，\(summary.recommendations) 条整改建议。",
                en: "Created the demo database \(path): \(summary.enterprises) enterprises, \(summary.visits) visits, \(summary.recommendations) recommendations."))
        }
    }
}

/// Shared by `fieldbook demo` and `fieldbook --demo`.
enum DemoDatabase {
    static func create(at path: String, context: CommandContext) throws -> DemoSummary {
        var summary: DemoSummary?
        try DatabaseAccess.createNew(path, context: context) { database in
            summary = try database.fillDemo(language: context.language)
            // Like `init`: a database that can export has a device signing key.
            try DeviceKeyStore.ensureKey(for: database)
        }
        return summary!
    }
}
