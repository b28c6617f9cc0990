import ArgumentParser
import FieldbookCore
import FieldbookDocuments
import FieldbookHQ
import Foundation

/// `fieldbook hq print VISIT_ID --doc notice|record [--format pdf|html] [--out FILE]`:
/// regenerates a visit's document from the merged data and says whether the Chinese PDF matches
/// the SHA-256 the laptop recorded when it handed the document over — proof of exactly what the
/// enterprise received. Changes nothing in the HQ database.
struct HQPrintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print",
        abstract: "Regenerate a visit's notice or record from merged data and check it against the hash the laptop recorded.",
        discussion: "Exit status 0 when the regenerated PDF matches the recorded SHA-256; 1 when it differs or none was recorded.")

    @OptionGroup var store: StoreOptions

    @Argument(help: "The visit's id; a unique prefix of at least 8 characters is enough.")
    var visitId: String

    @Option(help: "notice (整改建议书) or record (现场检查记录).")
    var doc: DocumentKind

    @Option(help: "pdf (compared with the recorded hash) or html (for reading; not compared).")
    var format: DocumentRenderer.Format = .pdf

    @Option(help: "The file to write (default: documents/ in the data directory).")
    var out: String?

    func run() throws {
        try CommandContext.run { context in
            let (headquarters, _, _) = try HQStoreAccess.open(store, context: &context)
            let database = headquarters.store
            let id = try VisitLookup.resolve(visitId, in: database)
            let renderer = format == .pdf ? try DocumentRenderer.system() : nil
            let prepared = try VisitDocuments(database: database)
                .prepare(doc, format: format, language: .zh, visitId: id, renderer: renderer, assignNumber: false)
            let url = try DocumentOutput.destination(out, fileName: prepared.fileName, context: context)
            try DocumentOutput.write(prepared.bytes, to: url)
            context.print(url.path)
            guard format == .pdf else { return }
            let verdict = HandoverCheck(prepared: prepared, renderer: renderer)
            context.print(verdict.message(context.language))
            if !verdict.matches { throw ExitCode(1) }
        }
    }
}

/// The comparison of a regenerated PDF with the hash recorded at handover.
struct HandoverCheck {
    let recorded: String?
    let regenerated: String
    let number: String?
    let font: String

    init(prepared: VisitDocuments.Prepared, renderer: DocumentRenderer?) {
        recorded = VisitDocuments.recordedHash(prepared.kind, of: prepared.visit)
        regenerated = prepared.sha256
        number = prepared.visit.documentNumber
        font = renderer?.chineseFontDescription ?? ""
    }

    var matches: Bool { recorded == regenerated }

    func message(_ language: Language) -> String {
        let zh = language == .zh
        guard let recorded else {
            return zh ? "没有可比对的记录：该走访的这份文书未在笔记本上交付（未记录 SHA-256）。重新生成的 SHA-256 \(regenerated)"
                      : "Nothing to compare: the laptop recorded no SHA-256 for this document (never handed over). Regenerated SHA-256 \(regenerated)"
        }
        if matches {
            return zh ? "一致：与检查员交付 \(number ?? "") 时记录的 SHA-256 相同（\(recorded)）。"
                      : "MATCHES the SHA-256 recorded when \(number ?? "it") was handed over (\(recorded))."
        }
        return zh
            ? "不一致：交付时记录 \(recorded)，依汇总数据重新生成 \(regenerated)。走访内容在交付后有变动，或本机字体（\(font)）与笔记本不同。"
            : "DOES NOT MATCH: recorded at handover \(recorded), regenerated from merged data \(regenerated). The visit changed after handover, or this machine's font (\(font)) differs from the laptop's."
    }
}
