import Glibc
import TerminalKit

/// Turns the changed spans of a frame into one run of bytes — cursor positions, style changes and
/// UTF-8 text — and writes it with one `write(2)`.
///
/// Why not ncurses' `doupdate`: ncurses 6.4 flushes its output at every cursor movement, so a
/// frame where every row changed went out as ~61 `write` calls (one per row), and on a pty each
/// one costs a buffer push and a kernel worker wake-up — 29 % of a full frame's CPU in the profile
/// (docs/performance.md, "Session 8: full frame"). The rest was ncurses comparing every cell of
/// lines that all changed, re-deriving each cell's width, and formatting colour sequences with
/// `tiparm` at each of ~600 style changes. TerminalKit already knows which spans changed and each
/// glyph's width, so the writer sends them directly. ncurses still owns everything else: terminfo,
/// terminal modes, the alternate screen, keys, mouse, resize and restoring the terminal.
struct FrameWriter {
    private var sequences: TerminalSequences
    private var bytes: [UInt8] = []

    init?(colorCount: Int) {
        guard let sequences = TerminalSequences(colorCount: colorCount) else { return nil }
        self.sequences = sequences
    }

    /// Writes the `spans` of `buffer` (all of them after `clear`, which blanks the screen first),
    /// then leaves the cursor at `cursor` if given. Ends in plain attributes, the state ncurses
    /// and the signal-time reset expect between frames.
    mutating func write(_ buffer: Buffer, spans: [ChangedSpan], cursor: Point?, clear: Bool, to fd: Int32) {
        bytes.removeAll(keepingCapacity: true)
        // Between frames the terminal is in plain attributes: ours end with a reset and so does
        // every ncurses update. A clear resets first so the screen is blanked in default colours.
        if clear { bytes += sequences.reset + sequences.clear }
        var current = Style.plain
        let width = buffer.size.width
        buffer.cells.withUnsafeBufferPointer { cells in
            for span in spans {
                if !sequences.movesWithAttributes && current != .plain {
                    bytes += sequences.reset
                    current = .plain
                }
                bytes += sequences.position(row: span.row, column: span.columns.lowerBound)
                let row = span.row * width
                for x in span.columns {
                    let cell = cells[row + x]
                    if cell.isContinuation { continue }
                    if cell.style != current {
                        bytes += sequences.change(from: current, to: cell.style)
                        current = cell.style
                    }
                    Self.appendUTF8(cell.base, to: &bytes)
                    if !cell.marks.isEmpty {
                        for mark in cell.marks { Self.appendUTF8(mark, to: &bytes) }
                    }
                }
            }
        }
        if current != .plain { bytes += sequences.reset }
        if let cursor { bytes += sequences.position(row: cursor.y, column: cursor.x) }
        bytes.withUnsafeBytes { Self.writeAll($0, to: fd) }
    }

    @inline(__always)
    private static func appendUTF8(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        let v = scalar.value
        if v < 0x80 {
            bytes.append(UInt8(v))
        } else if v < 0x800 {
            bytes.append(UInt8(0xC0 | v >> 6))
            bytes.append(UInt8(0x80 | v & 0x3F))
        } else if v < 0x10000 {
            bytes.append(UInt8(0xE0 | v >> 12))
            bytes.append(UInt8(0x80 | v >> 6 & 0x3F))
            bytes.append(UInt8(0x80 | v & 0x3F))
        } else {
            bytes.append(UInt8(0xF0 | v >> 18))
            bytes.append(UInt8(0x80 | v >> 12 & 0x3F))
            bytes.append(UInt8(0x80 | v >> 6 & 0x3F))
            bytes.append(UInt8(0x80 | v & 0x3F))
        }
    }

    /// `write` until everything is out: a terminal may take a large frame in parts, and a signal
    /// may interrupt it. Any other failure (the terminal is gone) drops the frame; the next read
    /// reports the hang-up.
    private static func writeAll(_ data: UnsafeRawBufferPointer, to fd: Int32) {
        var offset = 0
        while offset < data.count {
            let n = Glibc.write(fd, data.baseAddress! + offset, data.count - offset)
            if n > 0 {
                offset += n
            } else if n < 0 && errno == EINTR {
                continue
            } else if n < 0 && errno == EAGAIN {
                // A non-blocking terminal that is full: wait until it takes more.
                var ready = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
                _ = poll(&ready, 1, 1000)
            } else {
                return
            }
        }
    }
}
