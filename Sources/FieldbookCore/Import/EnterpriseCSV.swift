import Foundation

/// A registry CSV read and checked row by row, before anything touches the database.
public struct EnterpriseCSV: Sendable {
    /// A row that makes a valid enterprise (its id is new; the importer keeps an existing
    /// enterprise's id when the credit code is already known).
    public struct Row: Sendable {
        public var line: Int
        public var enterprise: Enterprise
    }

    /// A row that does not, with every problem found in it.
    public struct Rejection: Equatable, Sendable {
        public var line: Int
        public var problems: [EnterpriseRowProblem]

        public func message(in language: Language) -> String {
            let reasons = problems.map { $0.message(in: language) }
            return language == .zh
                ? "第 \(line) 行：" + reasons.joined(separator: "；")
                : "line \(line): " + reasons.joined(separator: "; ")
        }
    }

    public var rows: [Row] = []
    public var rejections: [Rejection] = []
    /// Headers that name no known column (e.g. 序号); their values are not imported.
    public var ignoredHeaders: [String] = []
    public var encoding: TextEncoding = .utf8

    /// The number of data rows in the file.
    public var total: Int { rows.count + rejections.count }

    /// Reads `data` (named `file` in messages), detecting the encoding unless one is given.
    public static func read(_ data: Data, file: String, encoding: TextEncoding? = nil) throws(EnterpriseImportError) -> EnterpriseCSV {
        guard let (text, used) = TextEncoding.decode(data, as: encoding) else {
            throw .undecodable(file: file, encoding: encoding)
        }
        let records: [CSVRecord]
        do {
            records = try CSVParser.parse(text)
        } catch {
            throw .syntax(file: file, error)
        }
        guard let header = records.first else { throw .empty(file: file) }

        var columns: [EnterpriseColumn: Int] = [:]
        var result = EnterpriseCSV(encoding: used)
        for (index, title) in header.fields.enumerated() {
            guard let column = EnterpriseColumn.matching(title) else {
                if !title.trimmingCharacters(in: .whitespaces).isEmpty { result.ignoredHeaders.append(title) }
                continue
            }
            guard columns[column] == nil else { throw .duplicateColumn(file: file, header: title) }
            columns[column] = index
        }
        let missing = [EnterpriseColumn.creditCode, .name, .district].filter { columns[$0] == nil }
        guard missing.isEmpty else { throw .missingColumns(file: file, missing) }

        var firstLineOfCode: [String: Int] = [:]
        for record in records.dropFirst() {
            let row = EnterpriseRowReader(columns: columns, fields: record.fields, headerCount: header.fields.count)
            switch row.enterprise() {
            case .success(let enterprise):
                if let first = firstLineOfCode[enterprise.creditCode] {
                    result.rejections.append(Rejection(line: record.line, problems: [
                        .duplicateInFile(code: enterprise.creditCode, firstLine: first)]))
                } else {
                    firstLineOfCode[enterprise.creditCode] = record.line
                    result.rows.append(Row(line: record.line, enterprise: enterprise))
                }
            case .failure(let problems):
                result.rejections.append(Rejection(line: record.line, problems: problems.list))
            }
        }
        return result
    }
}
