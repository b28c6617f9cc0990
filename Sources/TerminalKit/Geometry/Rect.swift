/// A rectangle of cells. Widths and heights are never negative: operations that would shrink a
/// rectangle past nothing give an empty one, so layout code needs no special cases.
public struct Rect: Hashable, Sendable, CustomStringConvertible {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public init(origin: Point, size: Size) {
        self.init(x: origin.x, y: origin.y, width: size.width, height: size.height)
    }

    public init(size: Size) { self.init(x: 0, y: 0, width: size.width, height: size.height) }

    public static let zero = Rect(x: 0, y: 0, width: 0, height: 0)

    public var origin: Point { Point(x: x, y: y) }
    public var size: Size { Size(width: width, height: height) }
    /// One past the last column.
    public var right: Int { x + width }
    /// One past the last row.
    public var bottom: Int { y + height }
    public var isEmpty: Bool { width == 0 || height == 0 }
    public var area: Int { width * height }

    public func contains(_ point: Point) -> Bool {
        point.x >= x && point.x < right && point.y >= y && point.y < bottom
    }

    /// The overlap of the two rectangles (empty, at this rectangle's origin, if none).
    public func intersection(_ other: Rect) -> Rect {
        let left = max(x, other.x), top = max(y, other.y)
        let r = min(right, other.right), b = min(bottom, other.bottom)
        guard r > left, b > top else { return Rect(x: x, y: y, width: 0, height: 0) }
        return Rect(x: left, y: top, width: r - left, height: b - top)
    }

    /// This rectangle shrunk by the given margins on each side.
    public func inset(by insets: Insets) -> Rect {
        let w = max(0, width - insets.left - insets.right)
        let h = max(0, height - insets.top - insets.bottom)
        return Rect(x: x + min(insets.left, width), y: y + min(insets.top, height), width: w, height: h)
    }

    public func inset(horizontal: Int = 0, vertical: Int = 0) -> Rect {
        inset(by: Insets(top: vertical, left: horizontal, bottom: vertical, right: horizontal))
    }

    /// A rectangle of at most `size`, centred in this one (an odd leftover goes to the right/bottom).
    public func centered(_ size: Size) -> Rect {
        let w = min(size.width, width), h = min(size.height, height)
        return Rect(x: x + (width - w) / 2, y: y + (height - h) / 2, width: w, height: h)
    }

    /// The single row `index` (relative to the top) of this rectangle, empty if outside.
    public func row(_ index: Int) -> Rect {
        guard index >= 0, index < height else { return Rect(x: x, y: y, width: width, height: 0) }
        return Rect(x: x, y: y + index, width: width, height: 1)
    }

    public var description: String { "Rect(\(x), \(y), \(width)×\(height))" }
}

/// Margins around the four sides of a rectangle.
public struct Insets: Hashable, Sendable {
    public var top: Int
    public var left: Int
    public var bottom: Int
    public var right: Int

    public init(top: Int = 0, left: Int = 0, bottom: Int = 0, right: Int = 0) {
        self.top = top
        self.left = left
        self.bottom = bottom
        self.right = right
    }

    public static func all(_ n: Int) -> Insets { Insets(top: n, left: n, bottom: n, right: n) }
}
