import ArgumentParser
import FieldbookCore
import Foundation

/// `fieldbook document-settings [--issuer …] [--issuer-en …] [--prefix …] [--report-line …] [--report-line-en …]`
struct DocumentSettingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "document-settings",
        abstract: "Show or change how this database issues documents: bureau, number prefix, report line.",
        discussion: """
        Numbers are PREFIX〔YEAR〕第NNNN号 with this device's own sequence; give each laptop a prefix \
        of its own (e.g. 十人社风险张湾) when several issue notices. Documents already issued keep the \
        number, bureau and report line they were issued under.
        """)

    @OptionGroup var store: StoreOptions

    @Option(help: "The issuing bureau, in Chinese (e.g. 十堰市人力资源和社会保障局).")
    var issuer: String?
    @Option(name: .customLong("issuer-en"), help: "The bureau's name in English translations.")
    var issuerEn: String?
    @Option(help: "The document-number prefix (e.g. 十人社风险).")
    var prefix: String?
    @Option(name: .customLong("report-line"), help: "How the enterprise reports its rectification, in Chinese.")
    var reportLine: String?
    @Option(name: .customLong("report-line-en"), help: "The same in English translations.")
    var reportLineEn: String?

    func run() throws {
        try CommandContext.run { context in
            let database = try DatabaseAccess.openExisting(store.path(environment: context.environment), context: &context)
            var settings = try database.documentSettings()
            let changes: [(String?, WritableKeyPath<DocumentSettings, String>, Bilingual)] = [
                (issuer, \.issuerZh, Bilingual(zh: "发文机关", en: "issuer")),
                (issuerEn, \.issuerEn, Bilingual(zh: "发文机关（英文）", en: "issuer (English)")),
                (prefix, \.numberPrefix, Bilingual(zh: "编号前缀", en: "number prefix")),
                (reportLine, \.reportLineZh, Bilingual(zh: "整改报告方式", en: "report line")),
                (reportLineEn, \.reportLineEn, Bilingual(zh: "整改报告方式（英文）", en: "report line (English)")),
            ]
            var changed = false
            for (value, path, name) in changes {
                guard let value else { continue }
                let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
                guard !trimmed.isEmpty, !trimmed.contains("\n") else { throw CoreError.emptyField(name) }
                settings[keyPath: path] = trimmed
                changed = true
            }
            if changed { try database.saveDocumentSettings(settings) }
            let zh = context.language == .zh
            context.print((zh ? "发文机关：" : "Issuer: ") + settings.issuerZh + " / " + settings.issuerEn)
            context.print((zh ? "编号：" : "Numbers: ") + settings.number(year: database.clock.today().year,
                                                                          sequence: settings.lastSequence + 1)
                + (zh ? "（下一个）" : " (next)"))
            context.print((zh ? "整改报告：" : "Report line: ") + settings.reportLineZh)
            context.print((zh ? "（英文）" : "(English) ") + settings.reportLineEn)
        }
    }
}
