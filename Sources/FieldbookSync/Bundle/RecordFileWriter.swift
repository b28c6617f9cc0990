import FieldbookCore
import Foundation

/// Writes one record file and its CSV copy side by side, line by line.
final class RecordFileWriter {
    let file: BundleFile
    private let jsonl: EntryFileWriter
    private let csv: EntryFileWriter
    private let columns: [String]
    private let encoder: JSONEncoder

    init(_ file: BundleFile, in directory: URL) throws {
        self.file = file
        jsonl = try EntryFileWriter(path: file.rawValue, in: directory)
        csv = try EntryFileWriter(path: file.csvPath, in: directory)
        columns = CSVColumns.columns(for: file)
        encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        try csv.append(CSVColumns.byteOrderMark + Data(CSVWriter.line(columns).utf8))
    }

    var count: Int { jsonl.lines }

    func write<T: Encodable>(_ record: T) throws {
        let line = try encoder.encode(record)
        try jsonl.appendLine(line)
        try csv.append(Data(try CSVColumns.row(line, columns: columns).utf8))
    }

    /// The JSON Lines entry, then the CSV entry.
    func finish() throws -> [(BundleManifest.Entry, URL)] {
        [(try jsonl.finish(), jsonl.url), (try csv.finish(), csv.url)]
    }
}
