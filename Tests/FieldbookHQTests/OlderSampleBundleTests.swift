import Foundation
import GRDB
import Testing
@testable import FieldbookCore
@testable import FieldbookBundle
@testable import FieldbookHQ
import SyncTestSupport

/// samples/bundles/fieldbook-20261129-3874ecdf-00001.zip is kept as it was written in November
/// 2026: visits on checklist version 1, a recommendation with the old status "verified", no
/// evidence or referral fields. Headquarters must still take it in whole.
@Suite("An older sample bundle (checklist v1, status verified) still imports")
struct OlderSampleBundleTests {
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("samples")

    @Test("the November 2026 sample bundle imports at HQ, its verified recommendation read as closed")
    func v1BundleImports() throws {
        let fixture = try SyncFixture()
        defer { fixture.cleanUp() }
        let (hq, keyring) = try fixture.headquarters()
        try hq.store.loadTemplate(path: Self.samples.appendingPathComponent("checklists/employment-risk.v1.json").path)
        let bundle = Self.samples.appendingPathComponent("bundles/fieldbook-20261129-3874ecdf-00001.zip")
        #expect(String(decoding: try Data(contentsOf: bundle), as: UTF8.self).isEmpty == false)
        let report = try HQImporter(database: hq, keyring: keyring, acceptUnknownSigners: true).importFile(bundle)
        #expect(report.total(\.conflicts) == 0)
        try hq.reader.read { db in
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM siteVisit WHERE templateVersion = 1") == 10)
            let statuses = try String.fetchAll(db, sql: "SELECT status FROM recommendation")
            #expect(statuses.contains("closed"))
            #expect(!statuses.contains("verified"))
            let closed = try Recommendation.filter(Recommendation.Columns.status == RecommendationStatus.closed).fetchAll(db)
            #expect(closed.allSatisfy { $0.verifiedOn != nil && $0.evidenceNote == nil })
        }
    }

    @Test("the December 2026 sample bundle (checklist v2) imports at HQ with its figures, prefilled texts and referral")
    func v2BundleImports() throws {
        let fixture = try SyncFixture()
        defer { fixture.cleanUp() }
        let (hq, keyring) = try fixture.headquarters()
        try hq.store.loadTemplate(path: Self.samples.appendingPathComponent("checklists/employment-risk.v2.json").path)
        let bundle = Self.samples.appendingPathComponent("bundles/fieldbook-20261205-c9323da5-00001.zip")
        let report = try HQImporter(database: hq, keyring: keyring, acceptUnknownSigners: true).importFile(bundle)
        #expect(report.total(\.conflicts) == 0)
        try hq.reader.read { db in
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM siteVisit WHERE templateVersion = 2") == 10)
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM siteVisit WHERE templateVersion <> 2") == 0)
            #expect(try Int.fetchOne(db, sql: "SELECT workers FROM answer WHERE itemCode = 'CP-03' AND value = 'nonCompliant'") == 120)
            let texts = try String.fetchAll(db, sql: "SELECT text FROM recommendation")
            #expect(texts.contains { $0.hasPrefix("经排查，你单位存在未与80名劳动者订立书面劳动合同的情况") })
            #expect(try String.fetchOne(db, sql: "SELECT referredTo FROM recommendation WHERE status = 'referred'")
                    == "十堰市劳动保障监察支队（立案查处）")
        }
    }
}
