/// Record ids for synthetic data: valid UUID text (version 7 layout), drawn from the seeded
/// random source so the same seed gives the same ids, and ordered by creation, so bulk inserts
/// append to the primary-key indexes instead of scattering writes across them (with random
/// ids, inserting millions of answers spends most of its time on B-tree page splits).
struct SyntheticIDs {
    private var counter: UInt64 = 0
    private let base: UInt64

    init(seed: UInt64) {
        // A fixed 48-bit "millisecond" prefix per seed keeps runs with different seeds apart.
        var random = SeededRandom(seed: seed ^ 0x5EED_1D5)
        base = random.next() & 0x0000_7FFF_FFFF_0000
    }

    mutating func next(_ random: inout SeededRandom) -> String {
        counter += 1
        let high = (base &+ counter) << 16 | 0x7000 | (random.next() & 0x0FFF)
        let low = (random.next() & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000
        var text = [UInt8]()
        text.reserveCapacity(36)
        Self.appendHex(high, digits: 16, to: &text)
        Self.appendHex(low, digits: 16, to: &text)
        for position in [8, 13, 18, 23] { text.insert(UInt8(ascii: "-"), at: position) }
        return String(decoding: text, as: UTF8.self)
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    private static func appendHex(_ value: UInt64, digits: Int, to text: inout [UInt8]) {
        for shift in stride(from: (digits - 1) * 4, through: 0, by: -4) {
            text.append(hexDigits[Int((value >> UInt64(shift)) & 0xF)])
        }
    }
}
