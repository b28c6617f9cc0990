import Foundation
import TestSupport
import Testing
@testable import FieldbookCore
import FieldbookBench
@testable import FieldbookBundle
@testable import FieldbookHQ
import SyncTestSupport

/// Thousands of deterministic mutations of a real bundle, a real reference pack and a real CSV fed
/// to their importers: every one ends in success or a `UserFacingError` (never a trap), and a
/// refused bundle or pack leaves the database exactly as it was. Not coverage-guided — see
/// docs/reliability.md for the libFuzzer route. Longer: `FIELDBOOK_MUTATIONS=20000`.
@Suite("Hostile input to the importers")
struct HostileInputTests {
    static var mutations: Int {
        ProcessInfo.processInfo.environment["FIELDBOOK_MUTATIONS"].flatMap(Int.init) ?? 200
    }

    /// Runs `body` on each mutation; a thrown error must be user-facing and name what went wrong.
    static func feed(_ original: Data, seed: UInt64, _ body: (Data) throws -> Void) -> (accepted: Int, refused: Int) {
        var mutator = ByteMutator(seed: seed)
        var accepted = 0, refused = 0
        for index in 0..<mutations {
            let data = mutator.mutate(original)
            do {
                try body(data)
                accepted += 1
            } catch let error as UserFacingError {
                #expect(!error.message(in: .en).isEmpty && !error.message(in: .zh).isEmpty, "mutation \(index)")
                refused += 1
            } catch {
                Issue.record("mutation \(index) (seed \(seed)): not a user-facing error: \(error)")
            }
        }
        return (accepted, refused)
    }

    @Test func mutatedBundlesAreRefusedWithoutChangingHeadquarters() throws {
        let shared = try BadInputTests.shared.get()
        let fixture = try SyncFixture()
        defer { fixture.cleanUp() }
        let copy = fixture.path("hq.sqlite")
        try FileManager.default.copyItem(at: shared.hqFile, to: copy)
        let hq = try HQDatabase.open(path: copy.path, clock: SyncFixture.clock)
        let importer = HQImporter(database: hq, keyring: try HQKeyring.load(from: hq, path: copy.path),
                                  acceptUnknownSigners: true)
        var expected = try tableContents(hq)
        let result = Self.feed(shared.bundle, seed: 1) { data in
            do {
                _ = try importer.importData(data, file: "mutated.zip")
                expected = try tableContents(hq)   // a harmless mutation (zip padding) merged: new baseline
            } catch {
                #expect(try tableContents(hq) == expected, "a refused bundle changed headquarters")
                throw error
            }
        }
        print("hostile bundles: \(result.accepted) accepted, \(result.refused) refused")
        #expect(result.refused > 0)
    }

    @Test func mutatedReferencePacksAreRefusedWithoutChangingTheLaptop() throws {
        let fixture = try SyncFixture()
        defer { fixture.cleanUp() }
        let laptop = try fixture.laptop()
        let (hq, keyring) = try fixture.headquarters(trusting: [laptop])
        _ = try SyncSampleData.addEnterprises(hq.store, count: 6, first: 100)
        let pack = fixture.path("pack.zip")
        _ = try ReferencePackWriter(database: hq, keyring: keyring).write(to: pack)
        let original = try Data(contentsOf: pack)
        let mutated = fixture.path("mutated.zip")
        var expected = try tableContents(laptop)
        let result = Self.feed(original, seed: 2) { data in
            try data.write(to: mutated)
            do {
                _ = try ReferencePackReader.importPack(mutated, into: laptop)
                expected = try tableContents(laptop)
            } catch {
                #expect(try tableContents(laptop) == expected, "a refused pack changed the laptop")
                throw error
            }
        }
        print("hostile packs: \(result.accepted) accepted, \(result.refused) refused")
        #expect(result.refused > 0)
    }

    @Test func mutatedCSVFilesEndInAReportOrAClearError() throws {
        let samples = Repository.url("samples")
        for (seed, name) in [(UInt64(3), "enterprises.csv"), (4, "enterprises-gb18030.csv")] {
            let original = try Data(contentsOf: samples.appendingPathComponent(name))
            let database = try AppDatabase.inMemory(clock: SyncFixture.clock)
            try database.initialize(inspectorName: "李明", district: "张湾区", language: .zh)
            let result = Self.feed(original, seed: seed) { data in
                let csv = try EnterpriseCSV.read(data, file: name)
                _ = try database.importEnterprises(csv, file: name, skipInvalid: seed.isMultiple(of: 2))
            }
            print("hostile CSV \(name): \(result.accepted) accepted, \(result.refused) refused")
        }
    }
}
