import CNCursesW
import Glibc
import TerminalKit

/// The real terminal, through ncursesw: the only type in Fieldbook that calls ncurses.
///
/// Create it with `CursesTerminal.run { terminal in … }` (or `run(program)`), which restores the
/// terminal on every way out; `init` + `close()` is for callers that manage the lifetime.
public final class CursesTerminal: TerminalBackend {
    /// Thrown by `nextKey` when SIGINT, SIGTERM or SIGHUP arrived: the loop unwinds, the terminal
    /// is restored, and `run` then ends the process by that signal.
    public struct Interrupted: Error, Equatable {
        public let signal: Int32
    }

    public private(set) var size: Size
    public var colorCount: Int { palette.colorCount }

    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let options: CursesOptions
    private let outputFD: Int32
    /// Whether signal handlers and the atexit hook guard this terminal (not for benchmark screens).
    private let guardsTerminal: Bool
    private var palette: ColorPairs
    private let decoder = KeyDecoder()
    private var lastFrame: Buffer?
    private var cursorVisible: Bool?
    private var currentTimeout: Int32?
    private var unread: [RawInput] = []
    private var closed = false
    /// One row of wide-character cells, reused for every span drawn (when ncurses draws).
    private var rowCells: [cchar_t] = []
    /// Sends frames itself (nil: ncurses draws them, on terminals the writer cannot serve).
    private var writer: FrameWriter?
    /// ncurses has work of its own for the screen (the clear after a resize) that must go out
    /// before the writer's next frame.
    private var cursesPending = false
    /// Where the writer last left the visible cursor (nil: hidden).
    private var writtenCursor: Point?
    /// Whether frames go out through `FrameWriter` (false: ncurses draws them).
    var usesFrameWriter: Bool { writer != nil }

    /// Takes over the controlling terminal (standard input and output): sets the locale, starts
    /// curses in raw mode, and installs the handlers that restore the terminal on signals.
    public convenience init(options: CursesOptions = CursesOptions()) throws {
        try TerminalLocale.prepare()
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw CursesError.notATerminal }
        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        guard !term.isEmpty, term != "dumb" else { throw CursesError.unusableTerminal(term: term) }
        try self.init(terminalType: term, output: fb_stdout(), input: fb_stdin(), options: options, guardsTerminal: true)
    }

    /// Starts curses on the given streams. `guardsTerminal` arms the signal/atexit restore.
    init(terminalType: String, output: UnsafeMutablePointer<FILE>, input: UnsafeMutablePointer<FILE>,
         options: CursesOptions, guardsTerminal: Bool, drawsThroughCurses: Bool = false) throws {
        self.options = options
        self.guardsTerminal = guardsTerminal
        outputFD = fileno(output)
        // Before newterm: ncurses installs its own SIGINT/SIGTERM handlers only where none exists.
        if guardsTerminal { TerminalRescue.arm(fd: outputFD, resetSequence: []) }
        guard let screen = newterm(terminalType, output, input) else {
            if guardsTerminal { TerminalRescue.disarm() }
            throw CursesError.unusableTerminal(term: terminalType)
        }
        self.screen = screen
        set_term(screen)
        window = fb_stdscr()
        raw()
        noecho()
        nonl()
        keypad(window, true)
        set_escdelay(options.escapeDelay)
        leaveok(window, false)
        scrollok(window, false)
        var colors = 0
        if has_colors() && start_color() == OK {
            use_default_colors()
            colors = Int(fb_colors())
        }
        palette = ColorPairs(colorCount: colors)
        writer = drawsThroughCurses ? nil : FrameWriter(colorCount: colors)
        // ncurses polls the input for typeahead every few lines it updates, only to flush early.
        typeahead(-1)
        // With the writer, ncurses never places the cursor: the writer does, after each frame.
        if writer != nil { leaveok(window, true) }
        if options.mouse {
            mouseinterval(0)  // report press and release at once instead of waiting to build clicks
            mousemask(fb_all_mouse_events(), nil)
        }
        if options.bracketedPaste {
            define_key("\u{1B}[200~", RawInput.pasteStartCode)
            define_key("\u{1B}[201~", RawInput.pasteEndCode)
        }
        // Home and End have several spellings, and the terminfo entry names only one: tmux and
        // screen send ESC [1~ / ESC [4~ under TERM=xterm-256color, whose entry says ESC OH / ESC OF.
        for (sequence, code) in RawInput.homeEndSpellings { define_key(sequence, code) }
        size = Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
        if guardsTerminal {
            TerminalRescue.setResetSequence(ResetSequence.bytes(mouse: options.mouse, bracketedPaste: options.bracketedPaste))
        }
        // Enter the alternate screen now, then ask for bracketed paste.
        wnoutrefresh(window)
        doupdate()
        if options.bracketedPaste { writeDirectly(ResetSequence.enableBracketedPaste) }
    }

    deinit { close() }

    /// Gives the terminal back (normal modes, main screen, cursor shown). Idempotent. Returns the
    /// termination signal that arrived while curses ran, if any.
    @discardableResult
    public func close() -> Int32? {
        guard !closed else { return nil }
        closed = true
        set_term(screen)
        if options.bracketedPaste { writeDirectly(ResetSequence.disableBracketedPaste) }
        if options.mouse { mousemask(0, nil) }
        curs_set(1)
        endwin()
        delscreen(screen)
        return guardsTerminal ? TerminalRescue.disarm() : nil
    }

    // MARK: Presenting

    public func present(_ buffer: Buffer, cursor: Point?, fullRepaint: Bool) throws {
        precondition(!closed, "present after close")
        if buffer.size != size {
            // Drawn for another size (a resize raced the frame): the next frame will be right.
            lastFrame = nil
            return
        }
        let previous = fullRepaint ? nil : lastFrame
        let spans = buffer.changes(from: previous)
        if var writer = writer.take() {
            defer { self.writer = writer }
            if cursesPending {
                // ncurses' own screen is blank; this sends only what it still owes (a clear).
                wnoutrefresh(window)
                doupdate()
                cursesPending = false
            }
            let visible = cursor.flatMap { isOnScreen($0) ? $0 : nil }
            if !spans.isEmpty || fullRepaint || visible != writtenCursor {
                writer.write(buffer, spans: spans, cursor: visible, clear: fullRepaint, to: outputFD)
                writtenCursor = visible
            }
            setCursorVisible(visible != nil)
            lastFrame = buffer
            return
        }
        if !spans.isEmpty {
            let widest = spans.reduce(0) { max($0, $1.columns.count) }
            if rowCells.count < widest { rowCells = [cchar_t](repeating: cchar_t(), count: widest) }
            // The palette and the cell row are used through locals for the whole frame: touched
            // per cell as stored properties of this class, each access was a runtime
            // exclusivity check (2 % of a full repaint in the profile).
            var palette = self.palette
            var cellRow: [cchar_t] = []
            swap(&cellRow, &rowCells)  // moved, not shared: no copy on write
            buffer.cells.withUnsafeBufferPointer { cells in
                cellRow.withUnsafeMutableBufferPointer { out in
                    for span in spans {
                        let count = Self.fill(out, from: cells, width: buffer.size.width, row: span.row,
                                              columns: span.columns, palette: &palette)
                        wmove(window, Int32(span.row), Int32(span.columns.lowerBound))
                        wadd_wchnstr(window, out.baseAddress, Int32(count))
                    }
                }
            }
            rowCells = cellRow
            self.palette = palette
        }
        if fullRepaint { clearok(window, true) }
        placeCursor(cursor)
        wnoutrefresh(window)
        doupdate()
        lastFrame = buffer
    }

    /// Fills `out` with the leading cells of `columns` on `row` (ncurses gives a wide glyph both
    /// columns, so continuation cells are skipped) and returns how many it wrote. The glyph's
    /// scalars come straight from the cell: building a `Character` per cell was measurable.
    private static func fill(_ out: UnsafeMutableBufferPointer<cchar_t>, from cells: UnsafeBufferPointer<Cell>,
                             width: Int, row: Int, columns: Range<Int>, palette: inout ColorPairs) -> Int {
        var count = 0
        var text: (wchar_t, wchar_t, wchar_t, wchar_t, wchar_t, wchar_t) = (0, 0, 0, 0, 0, 0)
        return withUnsafeMutableBytes(of: &text) { raw in
            let glyph = raw.baseAddress!.assumingMemoryBound(to: wchar_t.self)
            for x in columns {
                let source = cells[row * width + x]
                if source.isContinuation { continue }
                glyph[0] = wchar_t(bitPattern: source.base.value)
                var length: Int32 = 1
                if !source.marks.isEmpty {
                    for mark in source.marks where length < 5 {
                        glyph[Int(length)] = wchar_t(bitPattern: mark.value)
                        length += 1
                    }
                }
                let rendition = palette.rendition(for: source.style)
                fb_fill_cchar(&out[count], glyph, length, rendition.attributes, rendition.pair)
                count += 1
            }
            return count
        }
    }

    private func placeCursor(_ cursor: Point?) {
        let visible = cursor.map(isOnScreen) ?? false
        setCursorVisible(visible)
        if let cursor, visible { wmove(window, Int32(cursor.y), Int32(cursor.x)) }
    }

    private func isOnScreen(_ point: Point) -> Bool {
        point.x >= 0 && point.y >= 0 && point.x < size.width && point.y < size.height
    }

    /// `curs_set` only when visibility changes (it writes at once).
    private func setCursorVisible(_ visible: Bool) {
        if visible != cursorVisible {
            curs_set(visible ? 1 : 0)
            cursorVisible = visible
        }
    }

    // MARK: Reading keys

    /// The longest one read blocks. ncurses notes SIGWINCH in a flag and turns it into KEY_RESIZE
    /// at its next read; a SIGWINCH that lands after that check but before the read blocks is
    /// only seen at the next input — a resized terminal could show the old frame until a key.
    /// Waking this often bounds that delay (an idle program still does no work in between).
    static let resizeCheckMilliseconds: Int32 = 250

    public func nextKey(timeout: Duration?) throws -> Key? {
        precondition(!closed, "nextKey after close")
        let deadline = timeout.map { ContinuousClock.now + $0 }
        var hangups = 0
        while true {
            if guardsTerminal, let signal = TerminalRescue.pendingSignal { throw Interrupted(signal: signal) }
            let remaining = deadline.map { max(.zero, $0 - ContinuousClock.now) }
            let wait = min(remaining.map(Self.milliseconds) ?? Self.resizeCheckMilliseconds, Self.resizeCheckMilliseconds)
            let started = ContinuousClock.now
            guard let raw = read(waitMilliseconds: wait) else {
                if guardsTerminal, let signal = TerminalRescue.pendingSignal { throw Interrupted(signal: signal) }
                if let deadline, ContinuousClock.now >= deadline { return nil }
                // Our own wake-up: read again (ncurses then reports a resize it had missed).
                if ContinuousClock.now - started >= .milliseconds(wait) { continue }
                // ERR without a signal and before the deadline: EINTR from another signal, or
                // the terminal is gone (every read fails at once).
                hangups += 1
                if hangups > 1000 { throw Interrupted(signal: SIGHUP) }
                continue
            }
            let key = decoder.decode(
                raw,
                read: { read(waitMilliseconds: $0) },
                unread: { unread.append($0) },
                mouse: readMouse,
                size: { [unowned self] in
                    size = Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
                    lastFrame = nil
                    cursesPending = true
                    return size
                })
            if let key { return key }
        }
    }

    /// One `wget_wch`, waiting at most `waitMilliseconds` (−1: until input arrives).
    private func read(waitMilliseconds: Int32) -> RawInput? {
        if !unread.isEmpty { return unread.removeFirst() }
        if currentTimeout != waitMilliseconds {
            wtimeout(window, waitMilliseconds)
            currentTimeout = waitMilliseconds
        }
        var value: wint_t = 0
        switch wget_wch(window, &value) {
        case OK: return .character(UInt32(value))
        case KEY_CODE_YES: return .keyCode(Int32(value))
        default: return nil
        }
    }

    private func readMouse() -> Key? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        return KeyDecoder.key(forMouse: event.bstate, x: event.x, y: event.y)
    }

    /// Rounded up, so a wait never ends just before the deadline it was meant to reach.
    private static func milliseconds(_ duration: Duration) -> Int32 {
        let (seconds, attoseconds) = duration.components
        let total = seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
        return Int32(clamping: total)
    }

    /// Bytes ncurses has no call for (bracketed paste on/off), after flushing its own output.
    private func writeDirectly(_ bytes: [UInt8]) {
        fflush(nil)
        bytes.withUnsafeBytes { _ = write(outputFD, $0.baseAddress, $0.count) }
    }
}
