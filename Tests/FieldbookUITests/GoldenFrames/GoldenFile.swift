import Foundation
import TestSupport
import TerminalKit

/// One golden frame on disk: the whole screen as text, one file per screen, language and size
/// (Tests/GoldenFrames/SCREEN/LANGUAGE.WxH.txt), so a layout change shows as a readable diff.
///
/// The first line names the frame and where the real cursor is; every row of the terminal
/// follows, trailing spaces trimmed (so the file has exactly height + 1 lines).
struct GoldenFile {
    static let directory = Repository.url("Tests/GoldenFrames")
    /// Set to 1 to write the frames as they are now instead of comparing them.
    static let updateVariable = "FIELDBOOK_UPDATE_GOLDEN"
    static var isUpdating: Bool { ProcessInfo.processInfo.environment[updateVariable] == "1" }

    let screen: String
    let language: String
    let size: Size

    var url: URL {
        Self.directory.appendingPathComponent(screen)
            .appendingPathComponent("\(language).\(size.width)x\(size.height).txt")
    }

    /// The file's text for a frame: a header line, then the rows.
    func text(lines: [String], cursor: Point?) -> String {
        let where_ = cursor.map { "cursor \($0.x),\($0.y)" } ?? "cursor hidden"
        let header = "# \(screen) · \(language) · \(size.width)x\(size.height) · \(where_)"
        return ([header] + lines).joined(separator: "\n") + "\n"
    }

    /// Compares the frame with the file (or writes the file when updating). Returns a readable
    /// failure — the rows that differ, expected above actual — or nil when they match.
    func check(lines: [String], cursor: Point?) -> String? {
        let actual = text(lines: lines, cursor: cursor)
        if Self.isUpdating {
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: url, options: .atomic)
                return nil
            } catch {
                return "cannot write \(url.path): \(error)"
            }
        }
        guard let data = try? Data(contentsOf: url), let expected = String(data: data, encoding: .utf8) else {
            return "missing golden frame \(relativePath); write it with \(Self.updateVariable)=1 swift test --filter GoldenFrame\n"
                + actual
        }
        guard expected != actual else { return nil }
        return "golden frame \(relativePath) differs (- expected, + actual; "
            + "\(Self.updateVariable)=1 swift test --filter GoldenFrame accepts the new frame):\n"
            + Self.lineDiff(expected: expected, actual: actual)
    }

    var relativePath: String { "Tests/GoldenFrames/\(screen)/\(url.lastPathComponent)" }

    /// Rows that differ, each as "- expected / + actual" under its 0-based row number (the header
    /// line is row "#"). Frames have a fixed height, so comparing row by row reads best.
    static func lineDiff(expected: String, actual: String) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        var out: [String] = []
        for index in 0..<max(old.count, new.count) {
            let a = index < old.count ? old[index] : nil
            let b = index < new.count ? new[index] : nil
            guard a != b else { continue }
            let label = index == 0 ? "#" : String(index - 1)
            out.append("row \(label):")
            out.append("- " + (a ?? "(no row)"))
            out.append("+ " + (b ?? "(no row)"))
        }
        return out.joined(separator: "\n")
    }
}

extension GoldenFile {
    /// The golden files on disk, as relative paths.
    static func existingFiles() -> Set<String> {
        guard let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil) else { return [] }
        var found: Set<String> = []
        for case let url as URL in enumerator where url.pathExtension == "txt" {
            found.insert("Tests/GoldenFrames/\(url.deletingLastPathComponent().lastPathComponent)/\(url.lastPathComponent)")
        }
        return found
    }
}
