import Foundation
import GRDB
import Testing
@testable import FieldbookCore
import FieldbookBench
@testable import FieldbookBundle
@testable import FieldbookHQ
import SyncTestSupport

/// Reference packs carry headquarters' construction projects (docs/bundle-format.md, "Reference
/// packs"): an inspector whose laptop loaded the pack picks a project another laptop created.
@Suite("Reference packs: construction projects")
struct PackProjectTests {
    /// Laptop A's project day imported at HQ, and HQ's pack of it.
    struct Setup {
        let laptop: ProjectRoundTripTests.Laptop
        let hq: HQDatabase
        let keyring: HQKeyring
        let pack: URL
    }

    static func setUp(_ fixture: SyncFixture, otherLaptops: [AppDatabase] = []) throws -> Setup {
        let laptop = try ProjectRoundTripTests.fieldDay(fixture)
        let bundle = try fixture.export(laptop.db)
        let (hq, keyring) = try fixture.headquarters(trusting: [laptop.db] + otherLaptops)
        try hq.store.loadTemplate(path: ProjectRoundTripTests.v2.path)
        _ = try HQImporter(database: hq, keyring: keyring).importFile(URL(fileURLWithPath: bundle.path))
        let pack = fixture.path("pack-\(RecordID.make().prefix(8)).zip")
        let written = try ReferencePackWriter(database: hq, keyring: keyring).write(to: pack)
        #expect(written.projects == 1)
        return Setup(laptop: laptop, hq: hq, keyring: keyring, pack: pack)
    }

    @Test("a laptop that loads HQ's pack visits a project another laptop created; its duties bind the right party; HQ merges it without a conflict")
    func projectFromAnotherLaptop() throws {
        let fixture = try SyncFixture()
        defer { fixture.cleanUp() }
        let other = try fixture.laptop("other", inspector: "王芳")
        let setup = try Self.setUp(fixture, otherLaptops: [other])
        let project = setup.laptop.project

        // The pack's line is the project as HQ holds it, parties by the ids the pack's enterprises have.
        let entries = try BundleSurgery(Data(contentsOf: setup.pack))
        let line = String(decoding: try #require(entries[PackManifest.projectsFile]), as: UTF8.self)
        #expect(line.contains("\"name\":\"张湾区保障房二期\"") && line.contains(setup.laptop.labour.id))
        let packEnterprises = String(decoding: try #require(entries[PackManifest.enterprisesFile]), as: UTF8.self)
        for party in project.partyIds { #expect(packEnterprises.contains("\"id\":\"\(party)\"")) }

        let report = try ReferencePackReader.importPack(setup.pack, into: other)
        #expect(report.projectsAdded == 1 && report.projectsSkipped.isEmpty)
        #expect(report.summaryLines(in: .zh).contains("建设项目：新增 1，更新 0，未变 0，保留本机修改 0，未载入 0。"))
        let loaded = try #require(try other.project(id: project.id))
        #expect(loaded.name == project.name && loaded.location == project.location)
        #expect(loaded.ownerId == setup.laptop.owner.id && loaded.generalContractorId == setup.laptop.contractor.id)
        #expect(loaded.subcontractorIds == [setup.laptop.labour.id])
        #expect(try other.projects(involving: setup.laptop.labour.id).map(\.id) == [project.id])
        // Not sent back as a field change of this laptop.
        #expect(throws: SyncError.nothingToExport) { try fixture.export(other) }

        // A visit of the labour subcontractor about it: the general contractor's account (CP-02)
        // is not its duty, its workers' wages (CP-03) are.
        var visit = try other.startVisit(enterpriseId: setup.laptop.labour.id, type: .riskScreening, date: SyncFixture.day)
        visit.projectId = project.id
        visit = try other.updateVisit(visit)
        let answers = try other.reader.read { db in
            try Answer.filter(Answer.Columns.visitId == visit.id).fetchAll(db)
        }
        let cp02 = try #require(answers.first { $0.itemCode == "CP-02" })
        #expect(cp02.value == .notApplicable)
        #expect(cp02.note.contains("施工总承包单位（中建三局第一建设工程有限责任公司）"))
        #expect(answers.first { $0.itemCode == "CP-03" }?.value ?? .unanswered == .unanswered)
        try other.setAnswer(visitId: visit.id, itemCode: "CP-03", value: .nonCompliant,
                            figures: AnswerFigures(workers: 40, amountYuan: 200_000, months: 1))
        try other.completeVisit(id: visit.id)

        // The bundle carries the project (its visit is about it); HQ holds the same version: no conflict.
        let bundle = try fixture.export(other)
        #expect(bundle.counts[.projects] == 1)
        let imported = try HQImporter(database: setup.hq, keyring: setup.keyring).importFile(URL(fileURLWithPath: bundle.path))
        #expect(imported.total(\.conflicts) == 0)
        let figures = try setup.hq.hqReport(from: SyncFixture.day, to: SyncFixture.day)
        let sub = try #require(figures.projects.first?.parties.first { $0.creditCode == setup.laptop.labour.creditCode })
        #expect(sub.visits == 2 && sub.findings == ["CP-03"])
    }

    @Test("a party the laptop holds under another id (same credit code) is mapped to it")
    func partyMappedByCreditCode() throws {
        let fixture = try SyncFixture()
        defer { fixture.cleanUp() }
        let other = try fixture.laptop("other", inspector: "王芳")
        let setup = try Self.setUp(fixture)
        let mine = try other.createEnterprise(Enterprise(creditCode: setup.laptop.labour.creditCode,
                                                         name: setup.laptop.labour.name, district: "丹江口市",
                                                         source: .field))
        #expect(mine.id != setup.laptop.labour.id)
        _ = try fixture.export(other)

        let report = try ReferencePackReader.importPack(setup.pack, into: other)
        #expect(report.projectsAdded == 1)
        let loaded = try #require(try other.project(id: setup.laptop.project.id))
        #expect(loaded.subcontractorIds == [mine.id])
        #expect(try other.projects(involving: mine.id).count == 1)
    }

    @Test("a local edit not yet exported, or a newer revision, is kept; an exported older one is brought up to HQ's")
    func localVersionKept() throws {
        let fixture = try SyncFixture()
        defer { fixture.cleanUp() }
        let other = try fixture.laptop("other", inspector: "王芳")
        let setup = try Self.setUp(fixture)
        _ = try ReferencePackReader.importPack(setup.pack, into: other)
        var edited = try #require(try other.project(id: setup.laptop.project.id))
        edited.location = "张湾区花果街道 东风大道 88 号"
        edited = try other.updateProject(edited)
        #expect(edited.revision == 2)

        // Unexported: kept, and named in the report.
        let again = try ReferencePackReader.importPack(setup.pack, into: other)
        #expect(again.projectsKeptLocal == ["张湾区保障房二期"] && again.projectsUpdated == 0)
        #expect(again.summaryLines(in: .en).contains("  kept this laptop's newer version of project 张湾区保障房二期"))
        #expect(try other.project(id: edited.id)?.location == edited.location)

        // Exported but HQ's pack was made before it arrived: the newer local revision is still kept.
        _ = try fixture.export(other)
        let later = try ReferencePackReader.importPack(setup.pack, into: other)
        #expect(later.projectsKeptLocal == ["张湾区保障房二期"])
        #expect(try other.project(id: edited.id)?.revision == 2)

        // HQ moves on (laptop A edits it to revision 3): the next pack brings it.
        var atA = try #require(try setup.laptop.db.project(id: edited.id))
        atA.location = "张湾区花果街道 工地东门"
        _ = try setup.laptop.db.updateProject(atA)
        atA = try #require(try setup.laptop.db.project(id: edited.id))
        _ = try setup.laptop.db.updateProject({ var p = atA; p.name = "张湾区保障房二期（一标段）"; return p }())
        let bundle = try fixture.export(setup.laptop.db)
        _ = try HQImporter(database: setup.hq, keyring: setup.keyring).importFile(URL(fileURLWithPath: bundle.path))
        let newer = fixture.path("newer.zip")
        _ = try ReferencePackWriter(database: setup.hq, keyring: setup.keyring).write(to: newer)
        let brought = try ReferencePackReader.importPack(newer, into: other)
        #expect(brought.projectsUpdated == 1 && brought.projectsKeptLocal.isEmpty)
        #expect(try other.project(id: edited.id)?.name == "张湾区保障房二期（一标段）")
    }

    @Test("an edit made on top of the pack's version replaces HQ's without a conflict (baseRevision); a visit's unchanged copy never competes")
    func editOnTopOfThePack() throws {
        let fixture = try SyncFixture()
        defer { fixture.cleanUp() }
        let other = try fixture.laptop("other", inspector: "王芳")
        let setup = try Self.setUp(fixture, otherLaptops: [other])
        _ = try ReferencePackReader.importPack(setup.pack, into: other)
        var edited = try #require(try other.project(id: setup.laptop.project.id))
        edited.location = "张湾区花果街道 东风大道 88 号"
        _ = try other.updateProject(edited)
        let bundle = try fixture.export(other)
        let entries = try BundleSurgery(Data(contentsOf: URL(fileURLWithPath: bundle.path)))
        let line = String(decoding: try #require(entries["projects.jsonl"]), as: UTF8.self)
        #expect(line.contains("\"baseRevision\":1") && !line.contains("\"reference\""))
        let imported = try HQImporter(database: setup.hq, keyring: setup.keyring).importFile(URL(fileURLWithPath: bundle.path))
        #expect(imported.total(\.conflicts) == 0)
        #expect(try setup.hq.store.project(id: edited.id)?.location == "张湾区花果街道 东风大道 88 号")

        // Laptop A, which made it, visits it again without having seen the edit: its bundle
        // carries its older copy as a reference, which leaves HQ's version alone.
        let again = try setup.laptop.db.startVisit(enterpriseId: setup.laptop.owner.id, type: .riskScreening,
                                                   date: SyncFixture.day)
        var about = again
        about.projectId = edited.id
        _ = try setup.laptop.db.updateVisit(about)
        let day = try fixture.export(setup.laptop.db)
        let dayLine = String(decoding: try #require(try BundleSurgery(Data(contentsOf: URL(fileURLWithPath: day.path)))["projects.jsonl"]),
                             as: UTF8.self)
        #expect(dayLine.contains("\"reference\":true"))
        let second = try HQImporter(database: setup.hq, keyring: setup.keyring).importFile(URL(fileURLWithPath: day.path))
        #expect(second.total(\.conflicts) == 0)
        #expect(try setup.hq.store.project(id: edited.id)?.location == "张湾区花果街道 东风大道 88 号")
    }

    @Test("a project whose party is in neither the pack nor the laptop is not loaded and is named in plain words")
    func missingPartySkipped() throws {
        let fixture = try SyncFixture()
        defer { fixture.cleanUp() }
        let other = try fixture.laptop("other", inspector: "王芳")
        let setup = try Self.setUp(fixture)
        let ghost = RecordID.make()
        try setup.hq.writer.write { db in
            try db.execute(sql: """
                INSERT INTO project (id, name, location, ownerId, subcontractorIds, revision, updatedAt, changeSeq)
                VALUES (?, '郧阳区物流园', '郧阳区', ?, '[]', 1, '2026-12-01T08:00:00.000Z', 0)
                """, arguments: [RecordID.make(), ghost])
        }
        let pack = fixture.path("ghost.zip")
        #expect(try ReferencePackWriter(database: setup.hq, keyring: setup.keyring).write(to: pack).projects == 2)
        let report = try ReferencePackReader.importPack(pack, into: other)
        #expect(report.projectsAdded == 1)
        #expect(report.projectsSkipped == [SkippedProject(name: "郧阳区物流园", missingEnterpriseId: ghost)])
        #expect(report.summaryLines(in: .zh).contains(
            "  项目“郧阳区物流园”未载入：其参建单位（编号 \(ghost)）不在资料包中，本机名录也没有；请总部重新生成资料包"))
        #expect(try other.projects().map(\.name) == ["张湾区保障房二期"])
    }

    @Test("an older pack without projects.jsonl (the sample pack) loads, and says nothing of projects")
    func olderPackLoads() throws {
        let fixture = try SyncFixture()
        defer { fixture.cleanUp() }
        let laptop = try fixture.laptop("fresh", inspector: "王芳")
        let sample = ProjectRoundTripTests.samples.appendingPathComponent("packs/reference-pack.zip")
        let entries = try BundleSurgery(Data(contentsOf: sample))
        #expect(entries[PackManifest.projectsFile] == nil)
        let report = try ReferencePackReader.importPack(sample, into: laptop)
        #expect(report.enterprisesAdded == 6)
        #expect(report.projectsAdded == 0 && report.projectsSkipped.isEmpty)
        #expect(!report.summaryLines(in: .en).contains { $0.contains("projects") })
    }

    @Test("a reader passes over a listed entry it does not know: why projects.jsonl needed no new format version")
    func unknownListedEntryIgnored() throws {
        let fixture = try SyncFixture()
        defer { fixture.cleanUp() }
        let laptop = try fixture.laptop("fresh", inspector: "王芳")
        let setup = try Self.setUp(fixture)
        var surgery = try BundleSurgery(Data(contentsOf: setup.pack))
        surgery["later-addition.jsonl"] = Data("{\"x\":1}\n".utf8)
        var manifest = try JSONDecoder().decode(PackManifest.self, from: try #require(surgery[BundleFile.manifest]))
        let data = try #require(surgery["later-addition.jsonl"])
        let scratch = fixture.path("later-addition.jsonl")
        try data.write(to: scratch)
        manifest.entries.append(BundleManifest.Entry(path: "later-addition.jsonl", size: Int64(data.count),
                                                     sha256: try AttachmentStore.sha256(of: scratch)))
        let manifestData = try BundleManifest.encoder().encode(manifest)
        surgery[BundleFile.manifest] = manifestData
        surgery[BundleFile.signature] = Data(try setup.keyring.signing.signature(for: manifestData).base64EncodedString().utf8)
        let extended = fixture.path("extended.zip")
        try surgery.zip().write(to: extended)
        let report = try ReferencePackReader.importPack(extended, into: laptop)
        #expect(report.projectsAdded == 1)
    }
}
