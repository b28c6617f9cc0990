/// One record of a CSV file: its fields and the line of the file where it starts
/// (a quoted field may span several lines, so later records do not start at index + 2).
public struct CSVRecord: Equatable, Sendable {
    public var line: Int
    public var fields: [String]

    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }
}
