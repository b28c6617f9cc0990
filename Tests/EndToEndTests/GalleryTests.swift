import Foundation
import Testing
import TerminalHarness
import TerminalKit

/// `fieldbook gallery` in a real terminal (tmux): drawing, keys, resizing, and giving the
/// terminal back on every way out.
@Suite struct GalleryTests {
    static let gallery = [FieldbookBinary.path, "gallery"]

    @Test func showsChineseAndEnglishAligned() async throws {
        try await TerminalSession.with(Self.gallery, width: 100, height: 30) { session in
            let screen = try await session.waitFor("列对齐")
            let rows = screen.lines.filter { $0.contains("│") && !$0.contains("7 columns") && !$0.contains("line up") }
            #expect(rows.count == 6)
            // Every table row has its separators at the same display columns.
            let columns = rows.map(Self.separatorColumns)
            #expect(columns.allSatisfy { $0 == [23, 33, 59, 71] }, "separator columns: \(columns)")
            #expect(screen.contains("深圳市华强电子有限公司│"))
            #expect(screen.contains("广州白云国际机场地勤… │"))
            // A 7-column area cannot hold 中文中文: the fourth glyph becomes a space.
            #expect(screen.contains(" 中文中 │ 7 columns"))
        }
    }

    @Test func decodesTypedChineseAltFunctionKeysAndPaste() async throws {
        try await TerminalSession.with(Self.gallery, width: 100, height: 30) { session in
            try await session.waitFor("列对齐")
            try session.press("5")
            try await session.waitFor("按任意键")
            try session.type("中文")
            try session.press("M-x", "F5", "C-a")
            try session.paste("粘贴\n第二行")
            // A click at column 10, row 5, then a wheel step, as xterm reports them (SGR, 1-based).
            try session.sendRaw("\u{1B}[<0;11;6M")
            try await session.waitFor("press left")
            try session.sendRaw("\u{1B}[<65;2;3M")
            let screen = try await session.waitFor("wheel down")
            for expected in ["key: 中", "key: 文", "key: Alt-x", "key: F5", "key: Ctrl-A", "key: Paste[粘贴⏎第二行]",
                             "key: Mouse press left at (10, 5)", "key: Mouse wheel down at (1, 2)"] {
                #expect(screen.contains(expected), "\(expected) missing from\n\(screen)")
            }
        }
    }

    @Test func placesTheRealCursorAfterTypedChinese() async throws {
        try await TerminalSession.with(Self.gallery, width: 100, height: 30) { session in
            try await session.waitFor("列对齐")
            try session.press("3")
            try await session.waitFor("必填 Required")
            try session.type("中文ab")
            try await session.waitFor("[中文ab] 6 columns, cursor at column 6")
            // The field starts at column 1 of row 2: the cursor stands after two wide glyphs and
            // two narrow ones, where an input method would open its candidates.
            let state = try session.state()
            #expect(state.cursorVisible)
            #expect(state.cursorX == 7 && state.cursorY == 2, "cursor at \(state.cursorX),\(state.cursorY)")
            try session.press("Left", "Left", "Left")
            try await session.waitFor("cursor at column 2")
            #expect(try session.state().cursorX == 3)
        }
    }

    @Test func redrawsAtTheNewSizeWhileRunning() async throws {
        try await TerminalSession.with(Self.gallery, width: 80, height: 24) { session in
            try await session.waitFor("列对齐")
            try session.press("5")
            try await session.waitFor("terminal 80×24")
            try session.resize(width: 120, height: 35)
            // The page reports the new size and the status bar moves to the new last row (the
            // frame may reach tmux in more than one piece, so wait for both).
            let screen = try await session.waitUntil("the frame at 120×35") {
                $0.contains("terminal 120×35") && $0.lines.count == 35 && $0.lines[34].contains("q/Esc")
            }
            #expect(screen.lines[34].hasSuffix("5/11"))
            #expect(screen.lines[34].displayWidth == 119)
        }
    }

    @Test func showsTheTooSmallMessageAndRecovers() async throws {
        try await TerminalSession.with(Self.gallery, width: 80, height: 24) { session in
            try await session.waitFor("列对齐")
            try session.resize(width: 50, height: 12)
            var screen = try await session.waitFor("终端窗口太小")
            #expect(screen.contains("当前 50×12"))
            #expect(screen.contains("Terminal too small: 50×12, needs at least 60×16."))
            #expect(!screen.contains("列对齐"))
            try session.resize(width: 60, height: 16)
            screen = try await session.waitUntil("the gallery at 60×16") {
                $0.contains("列对齐") && $0.lines.count == 16 && $0.lines[15].contains("q/Esc")
            }
            #expect(!screen.contains("终端窗口太小"))
        }
    }

    /// How the gallery is ended, and the exit status the shell must see.
    enum Ending: String, CaseIterable, Sendable {
        case qKey, escape, sigterm, sighup, sigint, crash

        var expectedStatus: Int {
            switch self {
            case .qKey, .escape: return 0
            case .sigterm: return 128 + Int(SIGTERM)
            case .sighup: return 128 + Int(SIGHUP)
            case .sigint: return 128 + Int(SIGINT)
            case .crash: return 128 + Int(SIGSEGV)
            }
        }

        func perform(on session: TerminalSession) throws {
            switch self {
            case .qKey: try session.press("q")
            case .escape: try session.press("Escape")
            case .sigterm: try session.signal(SIGTERM)
            case .sighup: try session.signal(SIGHUP)
            case .sigint: try session.signal(SIGINT)
            case .crash: try session.signal(SIGSEGV)
            }
        }
    }

    @Test(arguments: Ending.allCases)
    func leavesTheTerminalSane(after ending: Ending) async throws {
        let scratch = try ScratchDirectory()
        let sttyFile = scratch.path("stty.txt")
        // The shell that started the gallery records the terminal modes after it ends, then waits.
        let script = #""$0" gallery; status=$?; stty -a > "$1"; echo "after-exit $status"; read -r _"#
        let environment = ["SWIFT_BACKTRACE": "enable=no"]
        try await TerminalSession.with(["bash", "-c", script, FieldbookBinary.path, sttyFile],
                                       width: 100, height: 30, environment: environment) { session in
            try await session.waitFor("列对齐")
            #expect(try session.state().alternateScreen)
            try ending.perform(on: session)
            let screen = try await session.waitFor("after-exit")
            #expect(screen.contains("after-exit \(ending.expectedStatus)"))
            let modes = try String(contentsOfFile: sttyFile, encoding: .utf8)
            let flags = Set(modes.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
            #expect(flags.isSuperset(of: ["icanon", "echo", "isig", "icrnl", "opost"]), "stty -a: \(modes)")
            let state = try session.state()
            #expect(!state.alternateScreen)
            #expect(state.cursorVisible)
            #expect(!state.mouseReporting)
            #expect(!state.keypadMode)
        }
    }

    /// Display columns at which "│" appears in a captured line.
    static func separatorColumns(_ line: String) -> [Int] {
        var columns: [Int] = []
        var column = 0
        for character in line {
            if character == "│" { columns.append(column) }
            column += character.displayWidth
        }
        return columns
    }
}
