import Foundation
import Testing
@testable import FieldbookCore
@testable import FieldbookUI
import TerminalKit

@Suite struct NewEnterpriseScreenTests {
    static let body = "91420302MA4BX1234"
    static var goodCode: String { CreditCode.completing(body)! }
    static var badCode: String {
        let check = goodCode.last!
        return body + String(CreditCode.alphabet.first { $0 != check }!)
    }

    func openForm(_ db: AppDatabase, size: Size = Size(width: 80, height: 24)) -> Pilot<FieldbookApp> {
        var pilot = makePilot(db: db, size: size)
        pilot.press(.character("n"))
        return pilot
    }

    @Test(arguments: registrySizes, [Language.zh, .en])
    func showsEveryField(size: Size, language: Language) throws {
        let pilot = openForm(try makeTestDatabase(language: language), size: size)
        let labels = language == .zh
            ? ["统一社会信用代码", "企业名称", "地址", "区县", "行业", "经济类型", "职工人数", "联系人", "联系电话", "保存企业", "茅箭区"]
            : ["Credit code", "Name", "Address", "District", "Industry", "Ownership", "Employees", "Contact person", "Phone",
               "Save enterprise", "茅箭区"]
        for label in labels { #expect(pilot.contentText.contains(label), "missing \(label)") }
    }

    @Test func theEmployeeCountTakesDigitsOnlyAsTyped() throws {
        var pilot = openForm(try makeTestDatabase())
        pilot.press(.tab, .tab, .tab, .tab, .tab, .tab, .tab)  // credit code → … → out of town → … → employees
        pilot.type("abc五十12")
        pilot.press(.paste("3x4"))
        #expect(pilot.contentText.contains("1234"))
        #expect(!pilot.contentText.contains("abc"))
        #expect(!pilot.contentText.contains("五十"))
    }

    @Test func aWrongCheckCharacterIsNamedInlineAndNothingIsSaved() throws {
        let db = try makeTestDatabase()
        var pilot = openForm(db)
        pilot.type(Self.badCode)
        #expect(pilot.contentText.contains("校验位错误：应为“\(Self.goodCode.last!)”"))
        pilot.press(.tab)
        pilot.type("十堰新建劳务有限公司")
        pilot.press(.ctrl("s"))
        #expect(pilot.program.routes == [.dashboard, .newEnterprise])
        #expect(pilot.contentText.contains("校验位错误"))
        #expect(pilot.contentText.contains("十堰新建劳务有限公司"))  // what was typed stays
        #expect(try db.enterprises().totalCount == 0)
    }

    @Test func aValidEnterpriseIsSavedAsAddedInTheField() throws {
        let db = try makeTestDatabase(language: .en)
        var pilot = openForm(db)
        pilot.type(Self.goodCode.lowercased())
        pilot.press(.tab)
        pilot.type("十堰新建劳务有限公司")
        pilot.press(.tab)
        pilot.type("十堰市茅箭区人民北路 12 号")
        pilot.press(.tab, .right)  // district: 茅箭区 → 张湾区
        pilot.press(.tab, .tab)  // past "out of town" (no, from the code)
        pilot.type("建筑劳务")
        pilot.press(.tab, .tab)
        pilot.type("35")
        pilot.press(.tab)
        pilot.type("周敏")
        pilot.press(.tab)
        pilot.type("13972800000")
        pilot.press(.ctrl("s"))

        let saved = try #require(try db.enterprise(creditCode: Self.goodCode))
        #expect(saved.name == "十堰新建劳务有限公司")
        #expect(saved.address == "十堰市茅箭区人民北路 12 号")
        #expect(saved.district == "张湾区")
        #expect(saved.industry == "建筑劳务")
        #expect(saved.employeeCount == 35)
        #expect(saved.contactPerson == "周敏")
        #expect(saved.phone == "13972800000")
        #expect(saved.source == .field)
        #expect(pilot.program.routes == [.dashboard, .enterprise(id: saved.id)])
        #expect(pilot.contentText.contains("added in the field"))
    }

    @Test func aDuplicateCodeOrAMissingNameIsRefusedInline() throws {
        let db = try RegistryFixtures.sampleDatabase()
        var pilot = openForm(db)
        pilot.type("91420303MA48K2T787")
        pilot.press(.tab)
        #expect(pilot.contentText.contains("已属于“十堰鑫泰汽车零"))  // wrapped under the field
        #expect(pilot.contentText.contains("部件有限公司”"))
        pilot.press(.backTab, .ctrl("u"))
        pilot.type(Self.goodCode)
        pilot.press(.ctrl("s"))
        #expect(pilot.contentText.contains("“企业名称”不能为空"))
        #expect(try db.enterprise(creditCode: Self.goodCode) == nil)
    }

    @Test func escapeSavesAValidFormAndAskedTwiceLeavesAnInvalidOneAsADraft() throws {
        let db = try makeTestDatabase()
        var pilot = openForm(db)
        pilot.type(Self.badCode)
        pilot.press(.escape)
        #expect(pilot.program.routes == [.dashboard, .newEnterprise])
        #expect(pilot.screenText.contains("再按 Esc 离开（保留为草稿）"))
        pilot.press(.escape)
        #expect(pilot.program.routes == [.dashboard])

        // Opened again, the form shows what was typed (issue 12: nothing typed is lost).
        pilot.press(.character("n"))
        #expect(pilot.screenText.contains(Self.badCode))
        pilot.press(.ctrl("u"))
        pilot.type(Self.goodCode)
        pilot.press(.tab)
        pilot.type("郧西县天成商贸有限公司")
        pilot.press(.escape)
        let saved = try #require(try db.enterprise(creditCode: Self.goodCode))
        #expect(pilot.program.routes == [.dashboard, .enterprise(id: saved.id)])
    }
}
