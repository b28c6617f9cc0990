import Foundation
import Testing
@testable import FieldbookCore
import FieldbookBench
@testable import FieldbookBundle
@testable import FieldbookHQ
import SyncTestSupport

/// Tools that share no code with Fieldbook read the bundle: Info-ZIP's `unzip -t`, Python's
/// zipfile, and Python's jsonschema against the published schemas in docs/schemas.
@Suite("Independent tools accept the bundle")
struct IndependentCheckTests {
    static func bundle(_ fixture: SyncFixture) throws -> URL {
        let laptop = try fixture.laptop()
        let registry = try fixture.fieldDay(laptop, visits: 3)
        var added = Enterprise(creditCode: SyncSampleData.creditCode(777), name: "现场新增“引号”, 逗号公司", source: .field)
        added.employeeCount = 12
        try laptop.createEnterprise(added)
        try edit(laptop, registry[1]) { $0.phone = "=1+1" }
        // A briefing with an attending enterprise and a summons with its facts (visit-types-v1).
        var briefing = try laptop.startVisit(enterpriseId: registry[0].id, type: .policyBriefing, date: SyncFixture.day,
                                             templateId: SyncSampleData.templateId)
        try laptop.addParticipant(visitId: briefing.id, enterpriseId: registry[2].id, attendees: 4)
        briefing.place = "区政务中心三楼会议室"
        briefing.attendees = 30
        briefing.materials = "政策汇编"
        briefing.materialsCount = 40
        briefing.questionsAnswered = 9
        briefing.legalSessions = 1
        try laptop.updateVisit(briefing)
        var summons = try laptop.startVisit(enterpriseId: registry[3].id, type: .summons, date: SyncFixture.day,
                                            templateId: SyncSampleData.templateId)
        summons.summonedPerson = "张伟"
        summons.summonedRole = "法定代表人"
        summons.summonsReason = "欠薪投诉"
        summons.talkRecord = "企业承认拖欠两个月工资。"
        summons.commitments = "月底前结清"
        summons.commitmentDate = SyncFixture.day.adding(days: 20)
        try laptop.updateVisit(summons)
        let recommendation = try laptop.reader.read { db in try Recommendation.fetchOne(db)! }
        try laptop.write { db, change in try Tombstones.bury(recommendation, db, change) }
        return URL(fileURLWithPath: try fixture.export(laptop).path)
    }

    @Test("unzip -t and Python's zipfile find no error")
    func zipTools() throws {
        let fixture = try SyncFixture()
        defer { fixture.cleanUp() }
        let file = try Self.bundle(fixture)
        let unzip = try run("unzip", ["-t", file.path])
        #expect(unzip.status == 0, "\(unzip.output)")
        #expect(unzip.output.contains("No errors detected"))
        let python = try run("python3", ["-c", """
            import sys, zipfile
            z = zipfile.ZipFile(sys.argv[1])
            bad = z.testzip()
            assert bad is None, bad
            print(sorted(z.namelist()))
            """, file.path])
        #expect(python.status == 0, "\(python.output)")
        #expect(python.output.contains("csv/visits.csv") && python.output.contains("manifest.sig"))
    }

    @Test("every JSON line and the manifest validate against docs/schemas; CSV copies start with a BOM")
    func schemas() throws {
        let fixture = try SyncFixture()
        defer { fixture.cleanUp() }
        let file = try Self.bundle(fixture)
        let mapping = BundleFile.allCases.map { "'\($0.rawValue)': '\($0.schemaFile)'" }.joined(separator: ", ")
        let result = try run("python3", ["-c", """
            import json, sys, zipfile, os
            from jsonschema import Draft202012Validator
            z = zipfile.ZipFile(sys.argv[1]); schemas = sys.argv[2]
            def validator(name):
                schema = json.load(open(os.path.join(schemas, name), encoding='utf-8'))
                Draft202012Validator.check_schema(schema)
                return Draft202012Validator(schema)
            validator('manifest.schema.json').validate(json.loads(z.read('manifest.json')))
            lines = 0
            for entry, schema in {\(mapping)}.items():
                v = validator(schema)
                count = 0
                for line in z.read(entry).decode('utf-8').splitlines():
                    v.validate(json.loads(line)); lines += 1; count += 1
                if entry == 'participants.jsonl': print('participants', count)
                csv = z.read('csv/' + entry.replace('.jsonl', '.csv'))
                assert csv.startswith(b'\\xef\\xbb\\xbf'), entry
            print('validated', lines)
            """, file.path, schemaDirectory.path])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("validated"))
        #expect(result.output.contains("participants 1"))
    }

    @Test("CSV copies keep Chinese, quote commas and neutralise formulas")
    func csvCopies() throws {
        let fixture = try SyncFixture()
        defer { fixture.cleanUp() }
        let bundle = try BundleSurgery(try Data(contentsOf: try Self.bundle(fixture)))
        let csv = String(decoding: bundle["csv/enterprises.csv"]!.dropFirst(3), as: UTF8.self)
        #expect(csv.hasPrefix("id,creditCode,name,"))
        #expect(csv.contains("\"现场新增“引号”, 逗号公司\""))
        #expect(csv.contains(",'=1+1,"))
    }

    @Test("Scores in the CSV copy read as people write them (16.7, not 16.666666666666668)")
    func csvScoresReadable() throws {
        let fixture = try SyncFixture()
        defer { fixture.cleanUp() }
        let bundle = try BundleSurgery(try Data(contentsOf: try Self.bundle(fixture)))
        let lines = String(decoding: bundle["visits.jsonl"]!, as: UTF8.self)
        let csv = String(decoding: bundle["csv/visits.csv"]!.dropFirst(3), as: UTF8.self)
        // The fixture holds a visit whose exact score has many decimals; the JSON line keeps it.
        #expect(lines.range(of: #""score":\d+\.\d{3,}"#, options: .regularExpression) != nil)
        // Timestamps end in ".000Z"; a score is a bare cell between commas.
        #expect(csv.range(of: #",\d+\.\d{2,},"#, options: .regularExpression) == nil)
        #expect(csv.range(of: #",\d+\.\d,"#, options: .regularExpression) != nil)
    }
}
