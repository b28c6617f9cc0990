import Foundation

/// Runs a command-line tool (shared by the PDF writer and document tests) (qpdf, pdftotext, pdftoppm) and returns its exit status and output.
public enum ExternalTool {
    public struct Result {
        public var status: Int32
        public var output: Data
        public var text: String { String(decoding: output, as: UTF8.self) }
    }

    public static func run(_ tool: String, _ arguments: [String]) throws -> Result {
        let result = try ChildProcess.tool(tool, arguments, errorOutput: .discarded)
        return Result(status: result.status, output: result.stdout)
    }

    public static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pdfwriter-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// A rendered page in PGM (P5) form: gray levels, 0 black … 255 white.
public struct GrayImage {
    public let width: Int
    public let height: Int
    public let pixels: [UInt8]

    public init?(pgm data: Data) {
        let bytes = [UInt8](data)
        var fields: [String] = []
        var index = 0
        while fields.count < 4, index < bytes.count {
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D { index += 1 }
            var field = ""
            while index < bytes.count, bytes[index] != 0x20, bytes[index] != 0x0A, bytes[index] != 0x0D {
                field.append(Character(Unicode.Scalar(bytes[index]))); index += 1
            }
            fields.append(field)
        }
        index += 1
        guard fields.count == 4, fields[0] == "P5", let width = Int(fields[1]), let height = Int(fields[2]),
              bytes.count - index >= width * height else { return nil }
        self.width = width
        self.height = height
        pixels = Array(bytes[index ..< index + width * height])
    }

    /// The share of dark pixels (below 128) in a box given in fractions of the page.
    public func inkedShare(x: ClosedRange<Double>, y: ClosedRange<Double>) -> Double {
        let columns = Int(x.lowerBound * Double(width)) ..< Int(x.upperBound * Double(width))
        let rows = Int(y.lowerBound * Double(height)) ..< Int(y.upperBound * Double(height))
        var dark = 0
        for row in rows { for column in columns where pixels[row * width + column] < 128 { dark += 1 } }
        return Double(dark) / Double(max(1, columns.count * rows.count))
    }
}
