/// A cell position: column `x` from the left, row `y` from the top, both from 0.
public struct Point: Hashable, Sendable, CustomStringConvertible {
    public var x: Int
    public var y: Int

    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }

    public static let zero = Point(x: 0, y: 0)

    public func offset(dx: Int = 0, dy: Int = 0) -> Point { Point(x: x + dx, y: y + dy) }

    public var description: String { "(\(x), \(y))" }
}
