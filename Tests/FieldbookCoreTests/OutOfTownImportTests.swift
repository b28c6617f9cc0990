import Foundation
import GRDB
import Testing
@testable import FieldbookCore

/// Enterprises registered outside Shiyan (外地企业, issue 15 item 6): the registry accepts them,
/// flagged, with the division of their credit code; docs/csv-import.md gives the rule.
@Suite("Out-of-town enterprises in the registry")
struct OutOfTownImportTests {
    static let header = "统一社会信用代码,企业名称,地址,区县,行业,经济类型,职工人数,联系人,联系电话,诚信等级,红名单,和谐企业\n"
    static let headerWithFlag = header.dropLast() + ",外地企业\n"
    /// Registered in Wuhan's Jiang'an district (420102).
    static let wuhan = CreditCode.completing("91420102MA4K3LX29")!
    /// Nanyang (Henan), a neighbour: city known to the table.
    static let nanyang = CreditCode.completing("91411302MA9F12345")!
    /// Ningbo (Zhejiang, 330204): only the province is in the table.
    static let ningbo = CreditCode.completing("91330204MA2H7QW3B")!
    static let shiyan = "91420303MA48K2T787"

    func read(_ text: String) throws -> EnterpriseCSV {
        try EnterpriseCSV.read(Data(text.utf8), file: "t.csv")
    }

    @Test("without the column, a code registered elsewhere is flagged out of town and needs no district")
    func derivedFromTheCode() throws {
        let csv = try read(Self.header
            + "\(Self.wuhan),中建三局武汉分包工程有限公司,武汉市江岸区,,房屋建筑,有限责任公司,300,,,,,\n"
            + "\(Self.nanyang),南阳宛达劳务有限公司,南阳市卧龙区,张湾区,建筑劳务,有限责任公司,80,,,,,\n"
            + "\(Self.shiyan),十堰鑫泰汽车零部件有限公司,十堰市张湾区,张湾区,汽车零部件制造,有限责任公司,420,,,,,\n")
        #expect(csv.rejections.isEmpty)
        let rows = csv.rows.map(\.enterprise)
        #expect(rows.map(\.outOfTown) == [true, true, false])
        #expect(rows.map(\.district) == ["", "张湾区", "张湾区"])  // the Shiyan district it works in, when given
        #expect(rows[0].registrationDivision?.code == "420102")

        let db = try AppDatabase.inMemory()
        let report = try db.importEnterprises(csv, file: "t.csv", skipInvalid: false)
        #expect(report.inserted == 3)
        let stored = try #require(try db.enterprise(creditCode: Self.wuhan))
        #expect(stored.outOfTown)
        let flagged = try db.reader.read { try Bool.fetchAll($0, sql: "SELECT outOfTown FROM enterprise ORDER BY creditCode") }
        #expect(flagged.filter { $0 }.count == 2)
        // Importing the same file again changes nothing.
        let again = try db.importEnterprises(try read(Self.header
            + "\(Self.wuhan),中建三局武汉分包工程有限公司,武汉市江岸区,,房屋建筑,有限责任公司,300,,,,,\n"), file: "t.csv",
            skipInvalid: false)
        #expect(again.unchanged == 1)
    }

    @Test("an explicit 外地企业 cell wins over the code, both ways; empty goes by the code")
    func explicitFlagWins() throws {
        let provincial = CreditCode.completing("91420000MA4A12345")!  // registered by the province, works in Shiyan
        let csv = try read(Self.headerWithFlag
            + "\(provincial),湖北省路桥十堰项目有限公司,十堰市茅箭区,茅箭区,道路桥梁工程,有限责任公司,120,,,,,,否\n"
            + "\(Self.shiyan),十堰鑫泰汽车零部件有限公司,十堰市张湾区,,汽车零部件制造,有限责任公司,420,,,,,,是\n"
            + "\(Self.ningbo),宁波甬城幕墙工程有限公司,宁波市北仑区,,幕墙工程,有限责任公司,60,,,,,,\n"
            + "\(Self.nanyang),南阳宛达劳务有限公司,南阳市卧龙区,,建筑劳务,有限责任公司,80,,,,,,外地\n")
        #expect(csv.rejections.isEmpty, "\(csv.rejections.map { $0.message(in: .en) })")
        #expect(csv.rows.map(\.enterprise.outOfTown) == [false, true, true, true])
        #expect(csv.rows[0].enterprise.district == "茅箭区")
    }

    @Test("a local row still needs its Shiyan district; an out-of-town row's district must be a Shiyan one or empty")
    func districtRules() throws {
        let csv = try read(Self.headerWithFlag
            + "\(Self.wuhan),武汉某公司,,,,,,,,,,,否\n"
            + "\(Self.wuhan),武汉另一公司,,武汉市江岸区,,,,,,,,,\n")
        #expect(csv.rows.isEmpty)
        #expect(csv.rejections.map { $0.message(in: .en) } == [
            "line 2: the district is empty (expected one of: \(ShiyanDistricts.all.joined(separator: " ")))",
            "line 3: \"武汉市江岸区\" is not a Shiyan district; for an out-of-town enterprise give the Shiyan district it works in (\(ShiyanDistricts.all.joined(separator: " "))) or leave it empty",
        ])
        #expect(csv.rejections[1].message(in: .zh).hasPrefix("第 3 行：“武汉市江岸区”不是十堰市的区县；外地企业的区县填其在十堰的经营地"))
    }

    @Test("a bad flag or a code whose division is no province is refused with a clear message in both languages")
    func badValuesAreRefused() throws {
        let nowhere = CreditCode.completing("91990000MA4K3LX29")!
        let csv = try read(Self.headerWithFlag
            + "\(Self.wuhan),武汉某公司,,,,,,,,,,,也许\n"
            + "\(nowhere),无处公司,,张湾区,,,,,,,,,\n")
        #expect(csv.rows.isEmpty)
        #expect(csv.rejections.map { $0.message(in: .en) } == [
            "line 2: out-of-town \"也许\" is not yes or no (leave it empty to go by the credit code)",
            "line 3: unified social credit code \"\(nowhere)\": \"990000\" is not a division code (characters 3–8 start with a province, 11–82, or 10 for a national registration)",
        ])
        #expect(csv.rejections.map { $0.message(in: .zh) } == [
            "第 2 行：外地企业“也许”无效（应为 是 或 否，留空则按信用代码判断）",
            "第 3 行：统一社会信用代码“\(nowhere)”第3–8位行政区划码“990000”无效（前两位应为省级代码11–82，国家级登记为10）",
        ])
        let db = try AppDatabase.inMemory()
        #expect(throws: EnterpriseImportError.self) { try db.importEnterprises(csv, file: "t.csv", skipInvalid: false) }
        #expect(try db.reader.read { try Enterprise.fetchCount($0) } == 0)
    }

    @Test("the division is named from the table where it can be, else the code is shown")
    func divisionNames() throws {
        let wuhan = try #require(AdministrativeDivision(creditCode: Self.wuhan))
        #expect(wuhan.label(in: .zh) == "湖北省武汉市（420102）")
        #expect(wuhan.label(in: .en) == "Wuhan, Hubei (420102)")
        #expect(AdministrativeDivision(creditCode: Self.nanyang)?.shortName(in: .zh) == "南阳市")
        #expect(AdministrativeDivision(creditCode: Self.ningbo)?.label(in: .zh) == "浙江省（330204）")
        #expect(AdministrativeDivision(creditCode: Self.ningbo)?.shortName(in: .en) == "Zhejiang")
        #expect(AdministrativeDivision(code: "429004")?.label(in: .zh) == "湖北省仙桃市（429004）")
        #expect(AdministrativeDivision(code: "100000")?.label(in: .en) == "national registration (100000)")
        #expect(AdministrativeDivision(code: "990000")?.placeName(in: .zh) == nil)
        #expect(AdministrativeDivision(code: "990000")?.shortName(in: .zh) == "990000")
        #expect(AdministrativeDivision(creditCode: Self.shiyan)?.isShiyan == true)
        #expect(!Enterprise.isOutOfTown(creditCode: "92420325MA4BA3T52L"))
    }

    @Test("the list filter finds out-of-town enterprises apart from the district")
    func listFilter() throws {
        let db = try AppDatabase.inMemory()
        let csv = try read(Self.header
            + "\(Self.wuhan),中建三局武汉分包工程有限公司,,张湾区,,,,,,,,\n"
            + "\(Self.shiyan),十堰鑫泰汽车零部件有限公司,,张湾区,,,,,,,,\n")
        _ = try db.importEnterprises(csv, file: "t.csv", skipInvalid: false)
        #expect(try db.enterprises(filter: EnterpriseFilter(outOfTown: true)).rows.map(\.name) == ["中建三局武汉分包工程有限公司"])
        #expect(try db.enterprises(filter: EnterpriseFilter(outOfTown: false)).rows.map(\.name) == ["十堰鑫泰汽车零部件有限公司"])
        #expect(try db.enterprises(filter: EnterpriseFilter(district: "张湾区")).totalCount == 2)
        let listed = try db.listEnterprises()
        #expect(listed.first { $0.creditCode == Self.wuhan }?.registeredIn == "湖北省武汉市（420102）")
        #expect(listed.first { $0.creditCode == Self.shiyan }?.registeredIn == nil)
    }

    @Test("demo individual businesses (个体工商户) carry 92 codes with valid check characters")
    func individualBusinesses() throws {
        let csv = try EnterpriseCSV.read(ImportSampleFiles.data("enterprises.csv"), file: "enterprises.csv")
        let individual = csv.rows.map(\.enterprise).filter { $0.ownershipType == "个体工商户" }
        #expect(!individual.isEmpty)
        #expect(individual.allSatisfy { $0.creditCode.hasPrefix("92") && CreditCode.isValid($0.creditCode) })
        // Nothing else in the sample registry is 92, and every sample row is a Shiyan enterprise.
        #expect(csv.rows.map(\.enterprise).filter { $0.creditCode.hasPrefix("92") }.count == individual.count)
        #expect(csv.rows.allSatisfy { !$0.enterprise.outOfTown })
    }
}
