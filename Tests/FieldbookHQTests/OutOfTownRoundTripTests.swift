import Foundation
import GRDB
import Testing
@testable import FieldbookCore
import FieldbookBench
@testable import FieldbookBundle
@testable import FieldbookHQ
import SyncTestSupport

/// An out-of-town enterprise (外地企业) goes from a laptop to headquarters' report, and bundles
/// written before the flag existed still import with every enterprise a Shiyan one.
@Suite("Out-of-town enterprises: laptop → bundle → headquarters")
struct OutOfTownRoundTripTests {
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("samples")
    static let wuhan = CreditCode.completing("91420102MA4K3LX29")!

    @Test("the flag travels in enterprises.jsonl and the HQ report counts out-of-town work apart")
    func flagReachesTheReport() throws {
        let fixture = try SyncFixture()
        defer { fixture.cleanUp() }
        let laptop = try fixture.laptop()
        let local = try SyncSampleData.addEnterprises(laptop, count: 1)[0]
        let firm = try laptop.createEnterprise(Enterprise(creditCode: Self.wuhan, name: "中建三局武汉分包工程有限公司",
                                                          district: "张湾区", source: .field, outOfTown: true))
        for enterprise in [local, firm] {
            let visit = try laptop.startVisit(enterpriseId: enterprise.id, type: .riskScreening, date: SyncFixture.day,
                                              templateId: SyncSampleData.templateId)
            try laptop.setAnswer(visitId: visit.id, itemCode: "S-01", value: .nonCompliant)
            try laptop.addRecommendation(visitId: visit.id, itemCodes: ["S-01"], text: "建议限期整改", priority: .medium)
            try laptop.completeVisit(id: visit.id)
        }

        let result = try fixture.export(laptop)
        let lines = try BundleSurgery(Data(contentsOf: URL(fileURLWithPath: result.path)))["enterprises.jsonl"].map {
            String(decoding: $0, as: UTF8.self).split(separator: "\n")
        } ?? []
        #expect(lines.contains { $0.contains("\"creditCode\":\"\(Self.wuhan)\"") && $0.contains("\"outOfTown\":true") })
        #expect(lines.contains { $0.contains("\"outOfTown\":false") })

        let (hq, keyring) = try fixture.headquarters(trusting: [laptop])
        let report = try HQImporter(database: hq, keyring: keyring).importFile(URL(fileURLWithPath: result.path))
        #expect(report.total(\.conflicts) == 0)
        let atHQ = try #require(try hq.store.enterprise(creditCode: Self.wuhan))
        #expect(atHQ.outOfTown)
        #expect(try hq.store.enterprise(creditCode: local.creditCode)?.outOfTown == false)

        let figures = try hq.hqReport(from: SyncFixture.day, to: SyncFixture.day)
        #expect(figures.outOfTown == OutOfTownFigures(visits: 1, enterprisesVisited: 1, recommendationsMade: 1))
        let groups = Dictionary(uniqueKeysWithValues: figures.byDistrict.map { ($0.name, $0.visits) })
        #expect(groups == [HQReportData.outOfTownGroup: 1, local.district: 1])
        let zh = ReportRenderer.render(figures, format: .text, language: .zh)
        #expect(zh.contains("外地企业（在十堰以外登记）"))
        let en = ReportRenderer.render(figures, format: .text, language: .en)
        #expect(en.contains("Out-of-town enterprises (registered outside Shiyan)"))
        // The by-district row of the out-of-town enterprises: 1 visit, 1 enterprise, 1 recommendation.
        #expect(en.split(separator: "\n").contains {
            $0.hasPrefix("Out-of-town enterprises ") && $0.split(separator: " ").suffix(5) == ["1", "1", "1", "0", "0"]
        })
        let csv = ReportRenderer.render(figures, format: .csv, language: .zh)
        #expect(csv.contains("外地企业（在十堰以外登记）"))

        // A pack from HQ brings the flag back to another laptop.
        let other = try fixture.laptop("other", inspector: "王芳")
        let pack = fixture.path("pack.zip")
        _ = try ReferencePackWriter(database: hq, keyring: keyring).write(to: pack)
        _ = try ReferencePackReader.importPack(pack, into: other)
        #expect(try other.enterprise(creditCode: Self.wuhan)?.outOfTown == true)
    }

    @Test("a bundle written before out-of-town-v1 imports, every enterprise a Shiyan one")
    func olderBundleImports() throws {
        let fixture = try SyncFixture()
        defer { fixture.cleanUp() }
        let (hq, keyring) = try fixture.headquarters()
        try hq.store.loadTemplate(path: Self.samples.appendingPathComponent("checklists/employment-risk.v2.json").path)
        let bundle = Self.samples.appendingPathComponent("bundles/fieldbook-20261205-c9323da5-00001.zip")
        let enterprises = try #require(try BundleSurgery(Data(contentsOf: bundle))["enterprises.jsonl"])
        #expect(!String(decoding: enterprises, as: UTF8.self).contains("outOfTown"))
        let report = try HQImporter(database: hq, keyring: keyring, acceptUnknownSigners: true).importFile(bundle)
        #expect(report.total(\.conflicts) == 0)
        let (all, flagged) = try hq.reader.read { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM enterprise") ?? 0,
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM enterprise WHERE outOfTown") ?? -1)
        }
        #expect(all > 60)
        #expect(flagged == 0)
    }

    @Test("a conflict copy kept as JSON before the flag existed reads as a Shiyan enterprise")
    func olderConflictCopyDecodes() throws {
        var firm = Enterprise(creditCode: Self.wuhan, name: "中建三局武汉分包工程有限公司", outOfTown: true)
        firm.updatedAt = Timestamp(Date(timeIntervalSince1970: 1_714_960_800))
        var json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(firm)) as! [String: Any]
        #expect(json["outOfTown"] as? Bool == true)
        json["outOfTown"] = nil
        let decoded = try JSONDecoder().decode(Enterprise.self, from: JSONSerialization.data(withJSONObject: json))
        #expect(!decoded.outOfTown)
        #expect(decoded.name == "中建三局武汉分包工程有限公司")
    }
}
