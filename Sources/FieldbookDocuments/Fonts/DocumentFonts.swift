import FieldbookCore
import Foundation
import Logging
import PDFWriter

/// Finds the faces documents are drawn with: a freely licensed Chinese TrueType face to embed
/// (AR PL UMing, a Ming/Song face as official documents use, else WenQuanYi Zen Hei), then
/// DejaVu Sans for the symbols the Chinese faces lack (✓ ✗). Fixed paths, no font-config
/// lookup, so the same packages give the same glyphs and bytes (docs/documents.md).
public enum DocumentFonts {
    public struct Candidate: Sendable {
        public var path: String
        public var face: String?
    }

    public static let chinese = [
        Candidate(path: "/usr/share/fonts/truetype/arphic/uming.ttc", face: "UMing CN"),
        Candidate(path: "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", face: "Zen Hei"),
        Candidate(path: "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", face: nil),
    ]

    public static let symbols = [
        Candidate(path: "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", face: nil),
    ]

    /// The font set, or why there is none.
    public static func locate() throws(DocumentError) -> FontSet {
        var faces: [TrueTypeFont] = []
        var problem: String?
        for candidate in chinese {
            do {
                faces.append(try TrueTypeFont(path: candidate.path, faceName: candidate.face))
                break
            } catch PDFError.unreadableFont {
                continue
            } catch {
                problem = "\(candidate.path): \(error)"
            }
        }
        guard !faces.isEmpty else {
            if let problem { throw .unusableFont(problem) }
            throw .noChineseFont(searched: chinese.map(\.path))
        }
        for candidate in symbols {
            // The symbol font only draws ✓ ✗; without it they fall back to the Chinese font's
            // glyphs (or none), so its absence is not an error — but an unreadable one is logged.
            guard FileManager.default.fileExists(atPath: candidate.path) else { continue }
            do { faces.append(try TrueTypeFont(path: candidate.path, faceName: candidate.face)) } catch {
                Logger(label: "fieldbook.documents").warning("symbol font unreadable", metadata: [
                    "font": "\(candidate.path)", "error": "\(LogDescription.of(error))"])
            }
        }
        return FontSet(faces)
    }
}
