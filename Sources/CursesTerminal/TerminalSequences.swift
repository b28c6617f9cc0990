import CNCursesW
import Glibc
import TerminalKit

/// The escape sequences `FrameWriter` sends, read once from the terminfo entry ncurses loaded for
/// this terminal (so every terminal gets its own spelling, as ncurses would send it), with the
/// formatted ones cached: a cursor position per (row, column), a style change per pair of styles.
struct TerminalSequences {
    /// Reset every attribute and colour (`sgr0`).
    let reset: [UInt8]
    /// Clear the screen and home the cursor (`clear`).
    let clear: [UInt8]
    private let cursorAddress: [CChar]
    private let setForeground: [CChar]?
    private let setBackground: [CChar]?
    /// Both colours back to the terminal's own (`op`).
    private let defaultColors: [UInt8]?
    private let attributeOn: [(TextAttributes, [UInt8])]
    /// Whether the cursor may move while attributes are on (`msgr`); if not, the writer resets first.
    let movesWithAttributes: Bool
    private let colorCount: Int
    private var positions: [Int: [UInt8]] = [:]
    private var changes: [StyleChange: [UInt8]] = [:]

    private struct StyleChange: Hashable {
        var from: Style
        var to: Style
    }

    /// Reads the current terminal's entry (after `newterm`). Nil when it lacks what a frame needs —
    /// cursor addressing, an attribute reset, a screen clear — or when writing the bottom-right
    /// cell would scroll it (automatic margins without the xterm "newline glitch", `am` without
    /// `xenl`): ncurses keeps drawing such terminals, with its insert-mode workaround.
    init?(colorCount: Int) {
        guard let cup = Self.template("cup"), let sgr0 = Self.bytes("sgr0"), let clear = Self.bytes("clear") else {
            return nil
        }
        if tigetflag("am") == 1 && tigetflag("xenl") != 1 { return nil }
        cursorAddress = cup
        reset = sgr0
        self.clear = clear
        self.colorCount = colorCount
        setForeground = colorCount > 0 ? Self.template("setaf") : nil
        setBackground = colorCount > 0 ? Self.template("setab") : nil
        defaultColors = Self.bytes("op")
        var on: [(TextAttributes, [UInt8])] = []
        for (flag, name) in [(TextAttributes.bold, "bold"), (.dim, "dim"), (.italic, "sitm"),
                             (.underline, "smul"), (.reverse, "rev")] {
            if let bytes = Self.bytes(name) { on.append((flag, bytes)) }
        }
        attributeOn = on
        movesWithAttributes = tigetflag("msgr") == 1
    }

    /// The bytes that move the cursor to `row`, `column` (0-based).
    mutating func position(row: Int, column: Int) -> [UInt8] {
        let key = row << 20 | column
        if let known = positions[key] { return known }
        let bytes = cursorAddress.withUnsafeBufferPointer { Self.formatted(fb_tiparm2($0.baseAddress, Int32(row), Int32(column))) }
        positions[key] = bytes
        return bytes
    }

    /// The bytes that turn the terminal's current rendition `from` into `to` (nothing if equal).
    mutating func change(from: Style, to: Style) -> [UInt8] {
        if from == to { return [] }
        let key = StyleChange(from: from, to: to)
        if let known = changes[key] { return known }
        let bytes = compose(from: from, to: to)
        changes[key] = bytes
        return bytes
    }

    /// Attributes are added one by one when only added; anything switched off resets everything
    /// (terminfo has no portable "bold off"). A colour going back to default uses `op`, which
    /// resets both colours, or the full reset without it.
    private func compose(from: Style, to: Style) -> [UInt8] {
        var out: [UInt8] = []
        var fromForeground = index(from.foreground)
        var fromBackground = index(from.background)
        let toForeground = index(to.foreground)
        let toBackground = index(to.background)
        let colorToDefault = (toForeground == nil && fromForeground != nil) || (toBackground == nil && fromBackground != nil)
        var turnOn = to.attributes.subtracting(from.attributes)
        if !from.attributes.isSubset(of: to.attributes) || (colorToDefault && defaultColors == nil) {
            out += reset
            turnOn = to.attributes
            fromForeground = nil
            fromBackground = nil
        }
        for (flag, bytes) in attributeOn where turnOn.contains(flag) { out += bytes }
        if let defaultColors,
           (toForeground == nil && fromForeground != nil) || (toBackground == nil && fromBackground != nil) {
            out += defaultColors
            fromForeground = nil
            fromBackground = nil
        }
        if let toForeground, toForeground != fromForeground, let setForeground {
            out += setForeground.withUnsafeBufferPointer { Self.formatted(fb_tiparm1($0.baseAddress, Int32(toForeground))) }
        }
        if let toBackground, toBackground != fromBackground, let setBackground {
            out += setBackground.withUnsafeBufferPointer { Self.formatted(fb_tiparm1($0.baseAddress, Int32(toBackground))) }
        }
        return out
    }

    /// The palette index the terminal is sent for `color` (nil: its default colour, or no colours).
    private func index(_ color: Color) -> Int? {
        colorCount > 0 ? color.approximated(forColorCount: colorCount).paletteIndex : nil
    }

    // MARK: terminfo

    /// A string capability as a C string, for `tiparm` (nil when absent).
    private static func template(_ name: String) -> [CChar]? {
        guard let value = tigetstr(name), UInt(bitPattern: value) != UInt.max else { return nil }
        return Array(UnsafeBufferPointer(start: value, count: strlen(value) + 1))
    }

    /// A parameterless string capability's bytes (nil when absent), padding removed.
    private static func bytes(_ name: String) -> [UInt8]? {
        template(name).flatMap { $0.withUnsafeBufferPointer { formatted($0.baseAddress) } }
    }

    /// The bytes of a formatted capability without terminfo's padding requests (`$<5>`, `$<2*/>`):
    /// delays for hardware terminals, which no terminal emulator needs.
    static func formatted(_ string: UnsafePointer<CChar>?) -> [UInt8] {
        guard let string else { return [] }
        let raw = UnsafeBufferPointer(start: UnsafeRawPointer(string).assumingMemoryBound(to: UInt8.self), count: strlen(string))
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var i = 0
        while i < raw.count {
            if raw[i] == UInt8(ascii: "$"), i + 1 < raw.count, raw[i + 1] == UInt8(ascii: "<"),
               let close = raw[(i + 2)...].firstIndex(of: UInt8(ascii: ">")),
               raw[(i + 2)..<close].allSatisfy(isPaddingByte) {
                i = close + 1
                continue
            }
            out.append(raw[i])
            i += 1
        }
        return out
    }

    /// Digits, ".", "*" and "/": what a terminfo delay `$<…>` is made of.
    private static func isPaddingByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: ".")
            || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "/")
    }
}
