import GRDB

extension AppDatabase {
    /// Stores the valid rows of `csv` in one transaction: a new credit code inserts, a known one
    /// updates that enterprise (keeping its id, visits and recommendations).
    ///
    /// Without `skipInvalid`, any rejected row (found while reading or refused by the store)
    /// rolls everything back and throws `EnterpriseImportError.rowsRejected`. `progress` is told
    /// the rows stored so far and the total, every 500 rows and at the end.
    public func importEnterprises(_ csv: EnterpriseCSV, file: String, skipInvalid: Bool,
                                  progress: @escaping @Sendable (_ done: Int, _ total: Int) -> Void = { _, _ in }) throws -> EnterpriseImportReport {
        if !skipInvalid && !csv.rejections.isEmpty {
            throw EnterpriseImportError.rowsRejected(file: file, rejections: csv.rejections, total: csv.total)
        }
        let report = try write { db, change in
            var report = EnterpriseImportReport(file: file, encoding: csv.encoding,
                                                rejections: csv.rejections, ignoredHeaders: csv.ignoredHeaders)
            for (index, row) in csv.rows.enumerated() {
                if index % 500 == 0 { progress(index, csv.rows.count) }
                do {
                    // A savepoint per row, so a row the store refuses leaves nothing half-written.
                    try db.inSavepoint {
                        switch try EnterpriseStore.upsertByCreditCode(row.enterprise, db, change).1 {
                        case .inserted: report.inserted += 1
                        case .updated: report.updated += 1
                        case .unchanged: report.unchanged += 1
                        }
                        return .commit
                    }
                } catch let error as CoreError {
                    report.rejections.append(EnterpriseCSV.Rejection(line: row.line, problems: [
                        .store(Bilingual(zh: error.message(in: .zh), en: error.message(in: .en)))]))
                }
            }
            progress(csv.rows.count, csv.rows.count)
            report.rejections.sort { $0.line < $1.line }
            if !skipInvalid && !report.rejections.isEmpty {
                throw EnterpriseImportError.rowsRejected(file: file, rejections: report.rejections, total: csv.total)
            }
            return report
        }
        return report
    }
}
