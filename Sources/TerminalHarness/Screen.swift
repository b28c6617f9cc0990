/// One capture of a pane: its lines, top to bottom, with trailing blanks trimmed by tmux.
/// A wide glyph appears once (tmux does not print its padding column).
public struct Screen: Sendable, Equatable, CustomStringConvertible {
    public let lines: [String]

    public init(lines: [String]) {
        self.lines = lines
    }

    /// The whole screen as one string, a newline between lines.
    public var text: String { lines.joined(separator: "\n") }

    public var description: String { text }

    /// Whether any line contains `needle` (text never spans lines here).
    public func contains(_ needle: String) -> Bool {
        lines.contains { $0.contains(needle) }
    }

    /// The first line containing `needle`, with its row index.
    public func line(containing needle: String) -> (row: Int, text: String)? {
        guard let row = lines.firstIndex(where: { $0.contains(needle) }) else { return nil }
        return (row, lines[row])
    }
}
