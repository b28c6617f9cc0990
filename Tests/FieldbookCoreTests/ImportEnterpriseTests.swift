import Foundation
import GRDB
import Testing
@testable import FieldbookCore

@Suite("Importing the enterprise registry from CSV")
struct ImportEnterpriseTests {
    let header = "统一社会信用代码,企业名称,地址,区县,行业,经济类型,职工人数,联系人,联系电话,诚信等级,红名单,和谐企业\n"
    let xintai = "91420303MA48K2T787,十堰鑫泰汽车零部件有限公司,十堰市张湾区工业新区发展大道88号,张湾区,汽车零部件制造,有限责任公司,420,王建国,0719-8231456,A,,市级\n"
    let huading = "91420303714473061B,十堰华鼎车桥制造股份有限公司,\"十堰市张湾区车城西路126号\n（华鼎工业园）\",张湾,汽车零部件制造,股份有限公司,\"1,860\",李红梅,0719-8652031,B,否,省级\n"

    func read(_ text: String, encoding: TextEncoding = .utf8) throws -> EnterpriseCSV {
        try EnterpriseCSV.read(TextEncoding.encode(text, as: encoding)!, file: "t.csv")
    }

    func count(_ db: AppDatabase) throws -> Int {
        try db.reader.read { try Enterprise.fetchCount($0) }
    }

    @Test("Given the sample registry, when imported, then every row is stored with its fields")
    func importsTheSampleRegistry() throws {
        let db = try AppDatabase.inMemory()
        let csv = try EnterpriseCSV.read(ImportSampleFiles.data("enterprises.csv"), file: "enterprises.csv")
        #expect(csv.rejections.isEmpty)
        let report = try db.importEnterprises(csv, file: "enterprises.csv", skipInvalid: false)
        #expect(report.inserted == csv.rows.count)
        #expect(report.inserted >= 60)
        #expect(try count(db) == report.inserted)
        let districts = try db.reader.read { try String.fetchSet($0, sql: "SELECT DISTINCT district FROM enterprise") }
        #expect(districts == Set(ShiyanDistricts.all))

        let e = try #require(try db.enterprise(creditCode: "91420303714473061B"))
        #expect(e.name == "十堰华鼎车桥制造股份有限公司")
        #expect(e.employeeCount == 1860)
        #expect(e.integrityRating == .a)
        #expect(e.harmoniousTitle == .provincial)
        #expect(e.source == .registry)
        let redListed = try db.reader.read {
            try String.fetchAll($0, sql: "SELECT industry FROM enterprise WHERE redList")
        }
        #expect(!redListed.isEmpty)
        #expect(redListed.allSatisfy { $0.contains("建筑") || $0.contains("工程") })
    }

    @Test("Given a file without BOM, quoted fields and aliases, when read, then values are normalised")
    func readsQuotedFieldsAndAliases() throws {
        let csv = try read(header + xintai + huading)
        #expect(csv.rejections.isEmpty)
        let e = csv.rows[1].enterprise
        #expect(csv.rows.map(\.line) == [2, 3])
        #expect(e.address == "十堰市张湾区车城西路126号\n（华鼎工业园）")
        #expect(e.district == "张湾区")
        #expect(e.employeeCount == 1860)
        #expect(e.redList == false)
    }

    @Test("Given the GB18030 sample, when read, then it matches the same rows of the UTF-8 registry")
    func readsGB18030Sample() throws {
        let gb = try EnterpriseCSV.read(ImportSampleFiles.data("enterprises-gb18030.csv"), file: "gb.csv")
        let utf8 = try EnterpriseCSV.read(ImportSampleFiles.data("enterprises.csv"), file: "u.csv")
        #expect(gb.encoding == .gb18030)
        #expect(utf8.encoding == .utf8)
        #expect(gb.rows.count > 0)
        #expect(gb.rows.map(\.enterprise.name) == utf8.rows.prefix(gb.rows.count).map(\.enterprise.name))
        #expect(gb.rows.map(\.enterprise.address) == utf8.rows.prefix(gb.rows.count).map(\.enterprise.address))
    }

    @Test("Given the sample with errors, when read, then each bad row is named with its line and reason")
    func reportsLineNumbersAndReasons() throws {
        let csv = try EnterpriseCSV.read(ImportSampleFiles.data("enterprises-with-errors.csv"), file: "e.csv")
        let messages = csv.rejections.map { $0.message(in: .en) }
        #expect(csv.rows.count == 4)  // three good rows and the one with a two-line address
        #expect(csv.rejections.map(\.line) == [3, 5, 6, 9, 10, 12])
        #expect(messages[0].hasPrefix("line 3: unified social credit code"))
        #expect(messages[0].contains("expected \""))
        #expect(messages[1] == "line 5: the enterprise name is empty")
        #expect(messages[2].contains("\"武汉市洪山区\" is not a Shiyan district"))
        #expect(messages[3].contains("integrity rating \"AAA\""))
        #expect(messages[4].contains("employee count \"约三百人\""))
        #expect(messages[5] == "line 12: credit code 91420381MA48QW5N08 already appears on line 2")
        #expect(csv.rejections[1].message(in: .zh) == "第 5 行：企业名称为空")
    }

    @Test("Given an address longer than TextLimits allows, when imported, then the file is refused naming the row and column")
    func overLongCell() throws {
        let db = try AppDatabase.inMemory()
        let long = String(repeating: "路", count: 201)
        let csv = try read(header + "91420303MA48K2T787,十堰鑫泰汽车零部件有限公司,\(long),张湾区,,,,,,,,\n")
        #expect(csv.rejections.count == 1)
        #expect(csv.rejections.first?.message(in: .en) == "line 2: 地址 has 201 characters, more than the limit of 200")
        #expect(throws: EnterpriseImportError.self) { try db.importEnterprises(csv, file: "t.csv", skipInvalid: false) }
        #expect(try count(db) == 0)
        // At the limit it is accepted.
        let fits = try read(header + "91420303MA48K2T787,十堰鑫泰汽车零部件有限公司,\(long.dropLast()),张湾区,,,,,,,,\n")
        #expect(fits.rejections.isEmpty)
    }

    @Test("Given a bad row and no skipping, when imported, then nothing is stored")
    func allOrNothing() throws {
        let db = try AppDatabase.inMemory()
        let csv = try read(header + xintai + "914203037144730610,坏代码公司,,张湾区,,,,,,,,\n" + huading)
        #expect(throws: EnterpriseImportError.rowsRejected(file: "t.csv", rejections: csv.rejections, total: 3)) {
            try db.importEnterprises(csv, file: "t.csv", skipInvalid: false)
        }
        #expect(try count(db) == 0)
    }

    @Test("Given a bad row and skipInvalid, when imported, then the valid rows are stored and the bad one reported")
    func skipInvalid() throws {
        let db = try AppDatabase.inMemory()
        let csv = try read(header + xintai + "914203037144730610,坏代码公司,,张湾区,,,,,,,,\n" + huading)
        let report = try db.importEnterprises(csv, file: "t.csv", skipInvalid: true)
        #expect(report.inserted == 2)
        #expect(report.rejections.map(\.line) == [3])
        #expect(try count(db) == 2)
    }

    @Test("Given a stored enterprise, when a file with its code is imported, then it is updated in place")
    func updatesByCreditCode() throws {
        let db = try AppDatabase.inMemory()
        _ = try db.importEnterprises(try read(header + xintai), file: "t.csv", skipInvalid: false)
        let before = try #require(try db.enterprise(creditCode: "91420303MA48K2T787"))

        let again = try db.importEnterprises(try read(header + xintai), file: "t.csv", skipInvalid: false)
        #expect(again.unchanged == 1 && again.updated == 0 && again.inserted == 0)

        let changed = xintai.replacingOccurrences(of: ",420,", with: ",450,").replacingOccurrences(of: ",A,", with: ",B,")
        let report = try db.importEnterprises(try read(header + changed + huading), file: "t.csv", skipInvalid: false)
        #expect(report.updated == 1 && report.inserted == 1)
        let after = try #require(try db.enterprise(creditCode: "91420303MA48K2T787"))
        #expect(after.id == before.id)
        #expect(after.employeeCount == 450)
        #expect(after.integrityRating == .b)
        #expect(after.revision == before.revision + 1)
        #expect(try count(db) == 2)
    }

    @Test("Given English headers in another order and an unknown column, when read, then columns match by name")
    func englishHeaders() throws {
        let text = "序号,name,credit_code,district,rating\n1,十堰鑫泰汽车零部件有限公司,91420303ma48k2t787,Zhangwan,a\n"
        let csv = try read(text)
        #expect(csv.ignoredHeaders == ["序号"])
        let e = try #require(csv.rows.first?.enterprise)
        #expect(e.creditCode == "91420303MA48K2T787")
        #expect(e.district == "张湾区")
        #expect(e.integrityRating == .a)
    }

    @Test("Given files the importer cannot use, when read, then one error says what and where")
    func fileLevelErrors() throws {
        #expect(throws: EnterpriseImportError.missingColumns(file: "t.csv", [.district])) {
            try read("credit_code,name\n")
        }
        #expect(throws: EnterpriseImportError.empty(file: "t.csv")) { try read("") }
        #expect(throws: EnterpriseImportError.duplicateColumn(file: "t.csv", header: "企业名称")) {
            try read("name,district,credit_code,企业名称\n")
        }
        #expect(throws: EnterpriseImportError.syntax(file: "t.csv", .unterminatedQuote(line: 2))) {
            try read(header + "\"91420303MA48K2T787,x\n")
        }
        let rows = try read(header + "91420303MA48K2T787,十堰鑫泰,张湾区\n").rejections
        #expect(rows.first?.problems == [.fieldCount(found: 3, expected: 12)])
    }
}
