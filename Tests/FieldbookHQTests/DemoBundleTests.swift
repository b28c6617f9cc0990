import Foundation
import GRDB
import Testing
@testable import FieldbookCore
@testable import FieldbookBundle
@testable import FieldbookHQ
import SyncTestSupport

/// The demo's day travels like a real one: its bundle imports at headquarters, whose report shows
/// the construction project party by party, the out-of-town firm and the referral.
@Suite("The demo's bundle at headquarters")
struct DemoBundleTests {
    @Test("the demo database's bundle imports without a conflict; HQ's report has the project, each party's findings and the referral")
    func demoBundleReachesTheReport() throws {
        let fixture = try SyncFixture()
        defer { fixture.cleanUp() }
        let demo = try AppDatabase.open(path: fixture.path("demo.sqlite").path, clock: SyncFixture.clock)
        try demo.fillDemo(language: .zh)
        try DeviceKeyStore.ensureKey(for: demo)
        let bundle = try fixture.export(demo)
        #expect(bundle.counts[.projects] == 1)

        let (hq, keyring) = try fixture.headquarters(trusting: [demo])
        _ = try hq.store.loadTemplate(data: DemoSamples.checklistJSON)
        let imported = try HQImporter(database: hq, keyring: keyring).importFile(URL(fileURLWithPath: bundle.path))
        #expect(imported.total(\.conflicts) == 0)

        let wuhan = try #require(try hq.store.enterprise(creditCode: "91420100MA4K8C2L3N"))
        #expect(wuhan.outOfTown)
        let figures = try hq.hqReport(from: SyncFixture.day.adding(days: -60), to: SyncFixture.day)
        let project = try #require(figures.projects.first)
        #expect(figures.projects.count == 1 && project.name == "张湾区保障房二期")
        let byCode = Dictionary(uniqueKeysWithValues: project.parties.map { ($0.creditCode, $0) })
        #expect(byCode["91420381MA48M1E979"]?.roles == [.subcontractor])
        #expect(byCode["91420381MA48M1E979"]?.findings.contains("CP-03") == true)
        // The general contractor's account is not judged against the labour subcontractor.
        #expect(byCode["91420381MA48M1E979"]?.findings.contains("CP-02") == false)
        #expect(byCode["91420100MA4K8C2L3N"]?.findings == ["SI-03"])
        #expect(byCode["91420100MA4K8C2L3N"]?.referrals.map(\.authority) == [.health])

        let text = ReportRenderer.render(figures, format: .text, language: .zh)
        #expect(text.contains("张湾区保障房二期（张湾区花果街道）"))
        #expect(text.contains("武汉楚江钢构幕墙工程有限公司") && text.contains("SI-03 → 卫生健康主管部门"))
    }
}
