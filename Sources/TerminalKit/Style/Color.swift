/// A terminal colour: the terminal's default, one of the 16 ANSI colours, or an index of the
/// 256-colour palette. No true colour: ncurses colour pairs cannot carry it portably.
public enum Color: Hashable, Sendable {
    case `default`
    /// 0–7 normal, 8–15 bright: black, red, green, yellow, blue, magenta, cyan, white.
    case ansi(UInt8)
    /// 0–255 of the xterm palette (16–231 a 6×6×6 cube, 232–255 greys).
    case indexed(UInt8)

    public static let black = Color.ansi(0)
    public static let red = Color.ansi(1)
    public static let green = Color.ansi(2)
    public static let yellow = Color.ansi(3)
    public static let blue = Color.ansi(4)
    public static let magenta = Color.ansi(5)
    public static let cyan = Color.ansi(6)
    public static let white = Color.ansi(7)
    public static let brightBlack = Color.ansi(8)
    public static let brightRed = Color.ansi(9)
    public static let brightGreen = Color.ansi(10)
    public static let brightYellow = Color.ansi(11)
    public static let brightBlue = Color.ansi(12)
    public static let brightMagenta = Color.ansi(13)
    public static let brightCyan = Color.ansi(14)
    public static let brightWhite = Color.ansi(15)

    /// The palette index a backend passes to the terminal (nil for the default colour).
    public var paletteIndex: Int? {
        switch self {
        case .default: return nil
        case .ansi(let n): return Int(n & 15)
        case .indexed(let n): return Int(n)
        }
    }

    /// A 9-bit code for packing into `Style`: 0 default, 1–16 ANSI, 17–272 palette.
    var code: UInt32 {
        switch self {
        case .default: return 0
        case .ansi(let n): return 1 + UInt32(n & 15)
        case .indexed(let n): return 17 + UInt32(n)
        }
    }

    init(code: UInt32) {
        switch code {
        case 0: self = .default
        case 1...16: self = .ansi(UInt8(code - 1))
        default: self = .indexed(UInt8(truncatingIfNeeded: code - 17))
        }
    }

    /// The nearest colour a terminal with `colorCount` colours (8, 16 or 256) can show.
    /// Bright colours fall back to their normal counterparts; palette colours to the nearest ANSI one.
    public func approximated(forColorCount colorCount: Int) -> Color {
        guard let index = paletteIndex else { return self }
        if colorCount >= 256 || index < colorCount { return self }
        let ansi = index < 16 ? index : Color.nearestANSI(toPaletteIndex: index)
        if ansi < colorCount { return .ansi(UInt8(ansi)) }
        return .ansi(UInt8(ansi & 7))
    }

    /// The ANSI colour (0–15) closest to a palette entry 16–255, by its red/green/blue levels.
    static func nearestANSI(toPaletteIndex index: Int) -> Int {
        let r, g, b: Int  // 0...5 levels
        if index >= 232 {
            let grey = index - 232  // 0...23
            if grey < 6 { return 0 }
            if grey < 14 { return 8 }
            if grey < 20 { return 7 }
            return 15
        }
        let cube = index - 16
        r = cube / 36
        g = (cube / 6) % 6
        b = cube % 6
        let top = max(r, g, b)
        if top == 0 { return 0 }
        // Channels near the brightest one count as "on"; bright if the brightest is high.
        let on = (r * 2 >= top ? 1 : 0) | (g * 2 >= top ? 2 : 0) | (b * 2 >= top ? 4 : 0)
        let bright = top >= 4
        if on == 7 { return bright ? 15 : (top >= 2 ? 7 : 8) }
        return on + (bright ? 8 : 0)
    }
}
