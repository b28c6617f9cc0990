/// Up to four zero-width scalars (accents, enclosing marks, Hangul vowel and final jamo) drawn in
/// the same cell as their base — ncurses keeps five wide characters per cell. Stored inline in two
/// integers so a `Cell` stays trivially copyable (no reference counting per cell).
public struct CombiningMarks: Hashable, Sendable, Sequence {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    public static let capacity = 4
    public init() {}

    public var count: Int {
        (low & 0xFFFF_FFFF != 0 ? 1 : 0) + (low >> 32 != 0 ? 1 : 0)
            + (high & 0xFFFF_FFFF != 0 ? 1 : 0) + (high >> 32 != 0 ? 1 : 0)
    }

    public var isEmpty: Bool { low == 0 }

    /// Appends a mark; ignored when full.
    public mutating func append(_ scalar: Unicode.Scalar) {
        let v = UInt64(scalar.value)
        if low & 0xFFFF_FFFF == 0 { low |= v }
        else if low >> 32 == 0 { low |= v << 32 }
        else if high & 0xFFFF_FFFF == 0 { high |= v }
        else if high >> 32 == 0 { high |= v << 32 }
    }

    public func makeIterator() -> AnyIterator<Unicode.Scalar> {
        var values = [low & 0xFFFF_FFFF, low >> 32, high & 0xFFFF_FFFF, high >> 32].makeIterator()
        return AnyIterator {
            guard let v = values.next(), v != 0 else { return nil }
            return Unicode.Scalar(UInt32(v))
        }
    }
}
