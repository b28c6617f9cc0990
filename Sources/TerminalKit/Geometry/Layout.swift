/// How much of a row or column split one part gets.
public enum Constraint: Hashable, Sendable {
    /// Exactly `n` cells (less only if there is not room).
    case fixed(Int)
    /// `p` percent of the whole length (rounded down).
    case percentage(Int)
    /// At least `n` cells; grows with the leftover space when no part is `.fill`.
    case min(Int)
    /// A share of the leftover space proportional to the weight.
    case fill(Int = 1)
}

/// Splits a length into parts by constraints.
///
/// Rules, in order: every part first gets its base (fixed `n`, the percentage, min `n`, fill 0);
/// when the bases do not fit, the last parts give way first (a header keeps its rows, the footer
/// shrinks); the leftover goes to `.fill` parts by weight, or, when there is none, evenly to
/// `.min` parts; extra cells from rounding go to the earliest of them. `spacing` cells separate
/// neighbouring parts.
public enum Layout {
    public static func split(length: Int, _ constraints: [Constraint], spacing: Int = 0) -> [Range<Int>] {
        guard !constraints.isEmpty else { return [] }
        let gaps = max(0, spacing) * (constraints.count - 1)
        let available = max(0, length - gaps)
        var sizes = constraints.map { constraint -> Int in
            switch constraint {
            case .fixed(let n), .min(let n): return max(0, n)
            case .percentage(let p): return available * max(0, p) / 100
            case .fill: return 0
            }
        }
        var excess = sizes.reduce(0, +) - available
        var index = sizes.count - 1
        while excess > 0 && index >= 0 {
            let cut = Swift.min(excess, sizes[index])
            sizes[index] -= cut
            excess -= cut
            index -= 1
        }
        var leftover = available - sizes.reduce(0, +)
        if leftover > 0 {
            var weights = constraints.map { constraint -> Int in
                if case .fill(let w) = constraint { return max(0, w) }
                return 0
            }
            if weights.allSatisfy({ $0 == 0 }) {
                weights = constraints.map { if case .min = $0 { return 1 } else { return 0 } }
            }
            let total = weights.reduce(0, +)
            if total > 0 {
                var given = 0
                for i in sizes.indices where weights[i] > 0 {
                    let share = leftover * weights[i] / total
                    sizes[i] += share
                    given += share
                }
                leftover -= given
                for i in sizes.indices where weights[i] > 0 && leftover > 0 {
                    sizes[i] += 1
                    leftover -= 1
                }
            }
        }
        var ranges: [Range<Int>] = []
        var start = 0
        for (i, size) in sizes.enumerated() {
            ranges.append(start..<(start + size))
            start += size
            if i < sizes.count - 1 { start = Swift.min(length, start + max(0, spacing)) }
        }
        return ranges
    }
}

extension Rect {
    /// Stacked rows, top to bottom, one per constraint.
    public func rows(_ constraints: [Constraint], spacing: Int = 0) -> [Rect] {
        Layout.split(length: height, constraints, spacing: spacing).map {
            Rect(x: x, y: y + $0.lowerBound, width: width, height: $0.count)
        }
    }

    /// Side-by-side columns, left to right, one per constraint.
    public func columns(_ constraints: [Constraint], spacing: Int = 0) -> [Rect] {
        Layout.split(length: width, constraints, spacing: spacing).map {
            Rect(x: x + $0.lowerBound, y: y, width: $0.count, height: height)
        }
    }
}
