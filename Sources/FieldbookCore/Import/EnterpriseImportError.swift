/// Why an enterprise CSV import stopped without changing the database.
public enum EnterpriseImportError: UserFacingError, Equatable {
    case undecodable(file: String, encoding: TextEncoding?)
    case syntax(file: String, CSVSyntaxError)
    case empty(file: String)
    case missingColumns(file: String, [EnterpriseColumn])
    case duplicateColumn(file: String, header: String)
    /// Some rows are invalid and `--skip-invalid` was not given: nothing was imported.
    /// `rejections` lists them (line number and reasons) for the report printed above the error.
    case rowsRejected(file: String, rejections: [EnterpriseCSV.Rejection], total: Int)

    public func message(in language: Language) -> String {
        switch (self, language) {
        case let (.undecodable(file, encoding), .zh):
            encoding.map { "\(file) 不是有效的 \($0.displayName) 文本。请换用 --encoding \($0 == .utf8 ? "gb18030" : "utf8") 或另存为 UTF-8 CSV。" }
                ?? "\(file) 既不是 UTF-8 也不是 GB18030 文本。请在表格软件中另存为“CSV UTF-8”。"
        case let (.undecodable(file, encoding), .en):
            encoding.map { "\(file) is not valid \($0.displayName) text. Try --encoding \($0 == .utf8 ? "gb18030" : "utf8") or save it as UTF-8 CSV." }
                ?? "\(file) is neither UTF-8 nor GB18030 text. Save it from the spreadsheet as \"CSV UTF-8\"."
        case let (.syntax(file, .unterminatedQuote(line)), .zh):
            "\(file) 第 \(line) 行：引号没有闭合。请补上结尾的英文双引号。"
        case let (.syntax(file, .unterminatedQuote(line)), .en):
            "\(file) line \(line): a quoted field is never closed. Add the closing double quote."
        case let (.syntax(file, .textAfterClosingQuote(line)), .zh):
            "\(file) 第 \(line) 行：引号后面还有文字。字段中的引号要写成两个英文双引号（\"\"）。"
        case let (.syntax(file, .textAfterClosingQuote(line)), .en):
            "\(file) line \(line): text follows a closing quote. Write a quote inside a field as two quotes (\"\")."
        case let (.empty(file), .zh):
            "\(file) 是空的：第一行应为表头（统一社会信用代码,企业名称,区县,…）。"
        case let (.empty(file), .en):
            "\(file) is empty: the first line must be the header (credit_code,name,district,…)."
        case let (.missingColumns(file, columns), .zh):
            "\(file) 的表头缺少列：\(columns.map(\.chineseHeader).joined(separator: "、"))。请在第一行加上这些列名。"
        case let (.missingColumns(file, columns), .en):
            "\(file) header lacks the column(s): \(columns.map(\.rawValue).joined(separator: ", ")). Add them to the first line."
        case let (.duplicateColumn(file, header), .zh):
            "\(file) 的表头中“\(header)”对应的列出现了两次。请删除多余的一列。"
        case let (.duplicateColumn(file, header), .en):
            "\(file) header names the column \"\(header)\" twice. Remove one of them."
        case let (.rowsRejected(file, rejections, total), .zh):
            "\(file)：\(total) 行中有 \(rejections.count) 行有错误（见上），未导入任何数据。请修正后重试，或加 --skip-invalid 只导入有效行。"
        case let (.rowsRejected(file, rejections, total), .en):
            "\(file): \(rejections.count) of \(total) rows have errors (listed above); nothing was imported. Fix them and retry, or add --skip-invalid to import the valid rows."
        }
    }
}

extension TextEncoding {
    var displayName: String {
        switch self {
        case .utf8: "UTF-8"
        case .gb18030: "GB18030"
        }
    }
}
