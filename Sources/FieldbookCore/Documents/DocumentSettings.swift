import GRDB

/// How this database issues documents: the bureau named at the top of a notice, the prefix of
/// its document numbers, and the line telling the enterprise how to report its rectification.
/// Configured per database (`fieldbook config documents …`); each laptop counts its own sequence.
public struct DocumentSettings: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "documentSetting"

    var id: Int = 1
    public var issuerZh: String
    public var issuerEn: String
    /// The part before the year: `十人社风险` gives `十人社风险〔2026〕第0001号`.
    public var numberPrefix: String
    public var reportLineZh: String
    public var reportLineEn: String
    /// The last sequence number this device gave out (0 before the first).
    public internal(set) var lastSequence: Int

    public init(issuerZh: String, issuerEn: String, numberPrefix: String, reportLineZh: String,
                reportLineEn: String) {
        self.issuerZh = issuerZh
        self.issuerEn = issuerEn
        self.numberPrefix = numberPrefix
        self.reportLineZh = reportLineZh
        self.reportLineEn = reportLineEn
        self.lastSequence = 0
    }

    /// Shiyan's city bureau, until the database is configured otherwise.
    public static let standard = DocumentSettings(
        issuerZh: "十堰市人力资源和社会保障局",
        issuerEn: "Shiyan Municipal Human Resources and Social Security Bureau",
        numberPrefix: "十人社风险",
        reportLineZh: "请于整改期限届满后五个工作日内，将整改情况及相关证明材料书面报送本局劳动关系科（可当面递交或邮寄），并注明本建议书编号。",
        reportLineEn: "Within five working days after the deadline, report the rectification in writing, with supporting documents, to the Labour Relations Section of this bureau (in person or by post), quoting the number of this notice.")

    /// The document number for a sequence number in a year: prefix〔year〕第0001号.
    public func number(year: Int, sequence: Int) -> String {
        let digits = String(sequence)
        return "\(numberPrefix)〔\(year)〕第\(String(repeating: "0", count: max(0, 4 - digits.count)))\(digits)号"
    }
}
