@testable import CursesTerminal
import Foundation
import TerminalHarness
import TerminalKit
import Testing

/// Frames presented through the real ncurses backend to a pseudo terminal, then the bytes the
/// terminal received replayed in a real terminal emulator (tmux): what it shows — text, colours,
/// attributes, cursor — must be the buffer, cell for cell. Covers what presenting has to get
/// right however it sends a frame: frames where every cell changes (mixed Chinese/English,
/// wide glyphs throughout), a wide glyph in the last two columns and in the bottom-right
/// corner, a wide glyph cut at the right edge, style changes mid-row, a combining mark, and a
/// frame that changes only parts of rows (splitting a wide glyph).
/// Serialized: ncurses keeps process-wide state (the current screen, tiparm's buffer).
@Suite(.serialized) struct PresentedScreenTests {
    static let size = Size(width: 200, height: 60)

    /// Once through `FrameWriter`, once with ncurses drawing (the fallback for terminals the
    /// writer cannot serve): both must leave the same, exact screen.
    @Test(arguments: [false, true])
    func terminalShowsEveryPresentedFrameExactly(drawsThroughCurses: Bool) async throws {
        let a = Self.benchmark(variant: 0)
        let b = Self.benchmark(variant: 1)
        let edges = Self.edges()
        var partly = b
        Self.changeParts(of: &partly)
        let frames: [(buffer: Buffer, checked: Bool)] = [
            (a, false), (b, true), (edges, true), (a, true), (b, false), (partly, true),
        ]
        let cursor = Point(x: 5, y: 7)
        let outputs = try Self.present(frames.map(\.buffer), cursorOnLast: cursor, drawsThroughCurses: drawsThroughCurses)
        for (index, frame) in frames.enumerated() where frame.checked {
            let last = index == frames.count - 1
            try await Self.expectTerminal(showing: frame.buffer, after: outputs[index], frame: index,
                                          cursor: last ? cursor : nil)
        }
    }

    /// The writer serves terminals whose bottom-right cell can be written without scrolling
    /// (xterm, tmux, screen, the Linux console: automatic margins with the newline glitch);
    /// `ansi` has automatic margins without it, so ncurses keeps drawing there.
    @Test func writerServesXtermLikeTerminalsAndLeavesTheRestToCurses() throws {
        for (type, expected) in [("xterm-256color", true), ("tmux-256color", true), ("linux", true), ("ansi", false)] {
            let pty = try PseudoTerminal(size: Size(width: 80, height: 24))
            defer { pty.close() }
            let terminal = try CursesTerminal.headless(on: pty, terminalType: type)
            defer { terminal.close() }
            #expect(terminal.usesFrameWriter == expected, "\(type)")
        }
    }

    // MARK: Frames

    static func benchmark(variant: Int) -> Buffer {
        var buffer = Buffer(size: size)
        BenchmarkScreen.render(into: &buffer, variant: variant)
        return buffer
    }

    /// The awkward cases, over a full screen of benchmark text (so every cell changes as well).
    static func edges() -> Buffer {
        var buffer = benchmark(variant: 1)
        let width = size.width
        // A wide glyph in the last two columns of a row.
        buffer.write("右边缘中文", at: Point(x: width - 10, y: 0), style: Style(foreground: .cyan).bold)
        // A wide glyph that does not fit the last column: a space in its place, reversed.
        buffer.write("ab中", at: Point(x: width - 3, y: 1), style: Style().reverse, ellipsis: false)
        // Style changes mid-row, between narrow and wide glyphs and coloured blanks.
        var x = 0
        let segments: [(String, Style)] = [
            ("a", .plain), ("中", Style().bold), ("b", Style(foreground: .indexed(214)).underline),
            ("文", Style(foreground: .black, background: .cyan).reverse), ("c", Style().dim.italic),
            ("d", .plain), ("  ", Style(background: .indexed(17))), ("✓", Style(foreground: .brightRed)),
            ("e\u{301}", Style(foreground: .green)), ("表格", Style(foreground: .brightWhite, background: .blue)),
        ]
        for _ in 0..<8 {
            for (text, style) in segments { x = buffer.write(text, at: Point(x: x, y: 2), style: style) }
        }
        buffer.fill(Rect(x: x, y: 2, width: width - x, height: 1), style: Style(background: .indexed(236)))
        // A wide glyph in the bottom-right corner, where writing the last cell can scroll a terminal.
        buffer.write("末", at: Point(x: width - 2, y: size.height - 1), style: Style(foreground: .yellow).underline)
        return buffer
    }

    /// Changes only parts of some rows: a narrow glyph over half of a wide one, a short run in
    /// another style, and one row's end.
    static func changeParts(of buffer: inout Buffer) {
        for y in 10..<14 {
            // Over the right half of the first wide glyph from column 40 on.
            let x = (40..<size.width).first { buffer[$0, y].isContinuation } ?? 40
            buffer.write("x", at: Point(x: x, y: y), style: Style(foreground: .magenta))
            buffer.write("改动 changed", at: Point(x: 100, y: y), style: Style(background: .indexed(52)).bold)
        }
        buffer.write("行尾", at: Point(x: size.width - 4, y: 20), style: Style().underline)
    }

    // MARK: Presenting and replaying

    /// Presents `frames` in order and returns, for each, everything the terminal had received
    /// once it was presented. The last frame asks for the cursor at `cursorOnLast`.
    static func present(_ frames: [Buffer], cursorOnLast: Point, drawsThroughCurses: Bool) throws -> [[UInt8]] {
        let pty = try PseudoTerminal(size: size, keepsOutput: true)
        defer { pty.close() }
        let terminal = try CursesTerminal.headless(on: pty, drawsThroughCurses: drawsThroughCurses)
        defer { terminal.close() }
        var outputs: [[UInt8]] = []
        for (index, frame) in frames.enumerated() {
            try terminal.present(frame, cursor: index == frames.count - 1 ? cursorOnLast : nil, fullRepaint: false)
            outputs.append(pty.drainedOutput())
        }
        return outputs
    }

    /// Replays `output` in a tmux pane of the same size (the bytes as they left the pty, so the
    /// pane's own tty must not translate them) and waits until the pane shows `buffer`.
    static func expectTerminal(showing buffer: Buffer, after output: [UInt8], frame: Int, cursor: Point?) async throws {
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("fieldbook-presented-\(UUID().uuidString).bin")
        try Data(output).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        // No timed wait after the bytes: a pane whose process ended would print "Pane is dead"
        // and scroll the screen (seen when a loaded machine kept this test from polling).
        let script = "stty raw -echo; cat \"$0\"; exec sleep infinity"
        try await TerminalSession.with(["/bin/sh", "-c", script, file.path],
                                       width: size.width, height: size.height) { session in
            let deadline = ContinuousClock.now + .seconds(20)
            var differences: [String] = []
            while true {
                differences = try Self.differences(session.capture(attributes: true, trailingSpaces: true), buffer)
                if differences.isEmpty || ContinuousClock.now >= deadline { break }
                try await Task.sleep(for: .milliseconds(50))
            }
            #expect(differences.isEmpty, "frame \(frame): \(differences.count) rows differ, first: \(differences.prefix(3))")
            if let cursor {
                let state = try session.state()
                #expect(state.cursorVisible, "frame \(frame): cursor hidden")
                #expect(state.cursorX == cursor.x && state.cursorY == cursor.y,
                        "frame \(frame): cursor at \(state.cursorX),\(state.cursorY)")
            }
        }
    }

    /// One line per row whose captured cells differ from the buffer's, naming the first column.
    static func differences(_ screen: Screen, _ buffer: Buffer) throws -> [String] {
        var found: [String] = []
        let rows = try CapturedCell.parse(lines: screen.lines, width: buffer.size.width)
        for y in 0..<buffer.size.height {
            let expected = CapturedCell.expected(buffer, row: y).map(\.visible)
            let shown = y < rows.count ? rows[y].map(\.visible) : []
            guard shown != expected else { continue }
            let column = zip(shown, expected).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(shown.count, expected.count)
            let seen = column < shown.count ? shown[column].description : "nothing"
            let wanted = column < expected.count ? expected[column].description : "nothing"
            found.append("row \(y), glyph \(column): shows \(seen), expected \(wanted)")
        }
        return found
    }
}
