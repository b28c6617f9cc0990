import FieldbookCore
import Foundation

/// Writes one record file and (unless told not to) its CSV copy side by side, line by line, from
/// the same values.
final class RecordFileWriter {
    let file: BundleFile
    private let jsonl: EntryFileWriter
    private let csv: EntryFileWriter?
    /// For each CSV column, the position of its field in the file's layout.
    private let columns: [Int?]
    private var line: [UInt8] = []

    init(_ file: BundleFile, in directory: URL, csvCopy: Bool = true) throws {
        self.file = file
        jsonl = try EntryFileWriter(path: file.rawValue, in: directory)
        csv = csvCopy ? try EntryFileWriter(path: file.csvPath, in: directory) : nil
        let names = CSVColumns.columns(for: file)
        columns = names.map { file.layout.index(of: $0) }
        line.reserveCapacity(4096)
        try csv?.append(Data((CSVWriter.byteOrderMark + CSVWriter.line(names)).utf8))
    }

    var count: Int { jsonl.lines }

    package func write(_ record: LineValues) throws {
        line.removeAll(keepingCapacity: true)
        record.appendJSON(to: &line)
        // HQ refuses a longer line (`TextLimits.maxLineBytes`): never write a bundle it would refuse.
        guard line.count <= TextLimits.maxLineBytes else {
            throw SyncError.exportBeyondLimits(.lineTooLong(entry: file.rawValue, line: jsonl.lines + 1, limit: TextLimits.maxLineBytes))
        }
        try jsonl.appendLine(line)
        if let csv { try csv.append(Data(CSVWriter.line(record.cells(columns)).utf8)) }
    }

    /// The JSON Lines entry, then the CSV entry.
    package func finish() throws -> [(BundleManifest.Entry, EntryFileWriter.Deflated)] {
        var entries = [(try jsonl.finish(), jsonl.deflated)]
        if let csv { entries.append((try csv.finish(), csv.deflated)) }
        return entries
    }
}
