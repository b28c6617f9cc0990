import FieldbookCore
import FieldbookDocuments
import Foundation
import TerminalKit

/// The documents panel over a completed visit's review: the first page of the notice or the
/// record as text, then Enter writes the Chinese PDF to the documents folder (assigning the
/// visit's number on the first write and recording the file's hash, as `fieldbook print` does).
struct DocumentPanel: Sendable {
    enum Outcome: Equatable { case handled, close, written(String), failed(String) }

    private(set) var kind: DocumentKind
    private(set) var lines: [String] = []
    private(set) var pageCount = 0
    private(set) var problem: String?
    private(set) var scroll = 0
    let visitId: String

    init(visitId: String, kind: DocumentKind = .notice, env: AppEnvironment) {
        self.visitId = visitId
        self.kind = kind
        load(env: env)
    }

    /// Renders the preview without numbering the visit (the number comes with the first write).
    private mutating func load(env: AppEnvironment) {
        scroll = 0
        do {
            let renderer = try DocumentRenderer.system()
            let prepared = try VisitDocuments(database: env.db)
                .prepare(kind, format: .pdf, language: .zh, visitId: visitId, renderer: renderer, assignNumber: false)
            (lines, pageCount) = renderer.preview(prepared.plan)
            problem = nil
        } catch {
            lines = []
            pageCount = 0
            problem = env.message(for: error)
        }
    }

    mutating func handle(_ key: Key, env: AppEnvironment) -> Outcome {
        switch key {
        case .escape: return .close
        case .tab, .backTab, .left, .right:
            kind = kind == .notice ? .record : .notice
            load(env: env)
        case .up: scroll = max(0, scroll - 1)
        case .down: scroll = min(max(0, lines.count - 1), scroll + 1)
        case .pageUp: scroll = max(0, scroll - 10)
        case .pageDown: scroll = min(max(0, lines.count - 1), scroll + 10)
        case .enter, .character("w"): return write(env: env)
        default: break
        }
        return .handled
    }

    private mutating func write(env: AppEnvironment) -> Outcome {
        guard problem == nil else { return .failed(problem ?? "") }
        let directory = env.documentDirectory ?? DocumentDirectory.standard()
        var path = directory
        do {
            let documents = VisitDocuments(database: env.db)
            let prepared = try documents.prepare(kind, format: .pdf, language: .zh, visitId: visitId,
                                                 renderer: try DocumentRenderer.system())
            path = directory + "/" + prepared.fileName
            do {
                try DocumentDirectory.prepare(directory)
                try VisitDocuments.write(prepared.bytes, to: URL(fileURLWithPath: path))
            } catch {
                return .failed(env.text.documentCannotWrite(path, reason: error.localizedDescription))
            }
            try documents.recordHandover(prepared)
            load(env: env)
            return .written(env.text.documentWritten(kind.label(in: env.language), path: path))
        } catch {
            return .failed(env.message(for: error))
        }
    }

    func render(in area: Rect, buffer: inout Buffer, env: AppEnvironment) {
        let box = area.inset(horizontal: 1, vertical: 1)
        guard box.width >= 10, box.height >= 5 else { return }
        let theme = env.theme
        Block(title: env.text.documentPreviewTitle(kind.label(in: env.language), pages: pageCount),
              titleStyle: theme.title, borderStyle: theme.focusedBorder, background: theme.dialog)
            .render(in: box, buffer: &buffer)
        let inner = box.inset(by: Insets(top: 1, left: 2, bottom: 2, right: 2))
        if let problem {
            for (index, line) in WordWrap.lines(problem, width: max(1, inner.width)).prefix(inner.height).enumerated() {
                buffer.write(line, at: inner.row(index).origin, style: theme.dialog.patched(with: theme.warning), clip: inner)
            }
        } else {
            for (index, line) in lines.dropFirst(scroll).prefix(inner.height).enumerated() {
                let row = inner.row(index)
                buffer.write(line.truncated(toWidth: row.width), at: row.origin, style: theme.dialog, clip: row)
            }
        }
        let hint = Rect(x: inner.x, y: box.bottom - 2, width: inner.width, height: 1)
        buffer.write(env.text.documentPreviewHint.truncated(toWidth: hint.width), at: hint.origin,
                     style: theme.dialog.patched(with: theme.muted), clip: hint)
    }
}

/// `documents/` in Fieldbook's data directory, as `fieldbook print` uses by default.
enum DocumentDirectory {
    static func standard() -> String {
        (ExportDirectory.standard() as NSString).deletingLastPathComponent + "/documents"
    }

    /// Creates the folder owner-only the first time.
    static func prepare(_ path: String) throws {
        guard !FileManager.default.fileExists(atPath: path) else { return }
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
    }
}
