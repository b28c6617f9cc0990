/// One page's drawing, kept as operations until the document is written (glyph numbers are
/// only known once every page has been drawn and the fonts subset).
public struct PDFCanvas: Sendable {
    public let width: Double
    public let height: Double
    var operations: [Operation] = []

    enum Operation: Sendable {
        case text(String, x: Double, y: Double, size: Double, bold: Bool, gray: Double)
        case line(x1: Double, y1: Double, x2: Double, y2: Double, width: Double, gray: Double)
        case rectangle(x: Double, y: Double, width: Double, height: Double, fillGray: Double)
    }

    /// A4 portrait in points (210 × 297 mm).
    public static let a4 = (width: 595.276, height: 841.89)

    public init(width: Double = PDFCanvas.a4.width, height: Double = PDFCanvas.a4.height) {
        self.width = width
        self.height = height
    }

    /// Text on one line with its baseline at `y` (points from the bottom of the page).
    /// `bold` thickens the strokes (fill and stroke) for faces without a bold style.
    public mutating func text(_ text: String, x: Double, y: Double, size: Double, bold: Bool = false, gray: Double = 0) {
        guard !text.isEmpty else { return }
        operations.append(.text(text, x: x, y: y, size: size, bold: bold, gray: gray))
    }

    public mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, width: Double = 0.5, gray: Double = 0) {
        operations.append(.line(x1: x1, y1: y1, x2: x2, y2: y2, width: width, gray: gray))
    }

    public mutating func fill(x: Double, y: Double, width: Double, height: Double, gray: Double) {
        operations.append(.rectangle(x: x, y: y, width: width, height: height, fillGray: gray))
    }

    /// The text drawn on this page, top to bottom, for previews and tests.
    public var texts: [(text: String, x: Double, y: Double)] {
        operations.compactMap {
            if case let .text(text, x, y, _, _, _) = $0 { return (text, x, y) }
            return nil
        }
    }
}
