import FieldbookCore
import Foundation

/// Deterministic mutations of a valid file: flipped bits, overwritten, inserted and deleted bytes,
/// truncation, repeated ranges and "interesting" values (0, 0xFF, 0x7F, lengths near limits) at
/// random offsets. Not coverage-guided: it explores around the valid input, seed by seed.
struct ByteMutator {
    private var random: SeededRandom

    init(seed: UInt64) { random = SeededRandom(seed: seed) }

    /// One to four stacked mutations of `original`.
    mutating func mutate(_ original: Data) -> Data {
        var bytes = [UInt8](original)
        for _ in 0..<random.int(in: 1...4) { mutateOnce(&bytes) }
        return Data(bytes)
    }

    private mutating func mutateOnce(_ bytes: inout [UInt8]) {
        guard !bytes.isEmpty else { bytes = [UInt8(truncatingIfNeeded: random.next())]; return }
        let at = random.below(bytes.count)
        switch random.below(7) {
        case 0: bytes[at] ^= 1 << UInt8(random.below(8))
        case 1: bytes[at] = [0, 0xFF, 0x7F, 0x80, 0x0A, 0x22, 0x2C][random.below(7)]
        case 2: bytes.insert(contentsOf: (0..<random.int(in: 1...8)).map { _ in UInt8(truncatingIfNeeded: random.next()) }, at: at)
        case 3: bytes.removeSubrange(at..<min(bytes.count, at + random.int(in: 1...64)))
        case 4: bytes.removeSubrange(at...)
        case 5:
            // A little-endian length or offset field turned huge or zero.
            let value: [UInt8] = random.chance(50) ? [0xFF, 0xFF, 0xFF, 0x7F] : [0, 0, 0, 0]
            for (i, byte) in value.enumerated() where at + i < bytes.count { bytes[at + i] = byte }
        default:
            let end = min(bytes.count, at + random.int(in: 1...256))
            bytes.insert(contentsOf: bytes[at..<end], at: random.below(bytes.count))
        }
    }
}
