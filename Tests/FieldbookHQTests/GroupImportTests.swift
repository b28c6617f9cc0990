import Foundation
import Testing
@testable import FieldbookCore
@testable import FieldbookBundle
@testable import FieldbookHQ
import SyncTestSupport

/// `HQImporter.importFiles` merges many bundles in one transaction, each in its own savepoint
/// (docs/performance.md). It must be indistinguishable from `importFile` on each file in turn:
/// the same report or refusal for every file, the same database and attachment store afterwards.
@Suite("Importing bundles in groups is importing them one by one")
struct GroupImportTests {
    /// What a user sees of one file's import: its report's counts and gaps, or the refusal's words.
    private static func outcome(_ result: Result<MergeReport, any Error>) -> String {
        switch result {
        case let .success(report):
            let counts = report.counts.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value)" }.joined(separator: ",")
            return "\(report.fileName) already=\(report.alreadyImported) \(counts) missing=\(report.missingSequences)"
        case let .failure(error):
            return "refused: " + ((error as? any UserFacingError)?.message(in: .en) ?? "\(error)")
        }
    }

    @Test("the convergence scenarios, in shuffled orders with repeats and refusals: same outcomes, same state",
          arguments: [UInt64(11), 2024])
    func sameAsOneByOne(seed: UInt64) throws {
        let scenario = try Scenario(seed: seed)
        defer { scenario.fixture.cleanUp() }
        var random = SeededRandom(seed: seed &+ 7)
        var order = scenario.bundles.reversed() as [String]
        order.insert(order[0], at: random.int(in: 1...order.count))
        for _ in 0..<2 { order.insert(order[random.below(order.count)], at: random.int(in: 0...order.count)) }
        // Refused halfway through its merge (its enterprises and visits written, then an answer
        // names a visit nobody has): first, and again at the end (its sequence number taken by then).
        let forged = try scenario.forgedHalfway()
        order.insert(forged, at: 0)
        order.append(forged)

        let single = try scenario.importing { importer in
            order.map { file in Self.outcome(Result { try importer.importFile(URL(fileURLWithPath: file)) }) }
        }
        let grouped = try scenario.importing { importer in
            var outcomes: [String] = []
            try importer.importFiles(order.map { URL(fileURLWithPath: $0) }) { _, result in outcomes.append(Self.outcome(result)) }
            return outcomes
        }
        // A test that meets no refusal and no re-import proves little about savepoints.
        #expect(single.outcomes.contains { $0.hasPrefix("refused") }, "seed \(seed): no refusal in the order")
        #expect(single.outcomes.contains { $0.contains("already=true") }, "seed \(seed): no re-import in the order")
        #expect(grouped.outcomes == single.outcomes)
        for table in Set(single.state.keys).union(grouped.state.keys).sorted() where single.state[table] != grouped.state[table] {
            Issue.record("seed \(seed): table \(table) differs: one by one \(single.state[table] ?? []), grouped \(grouped.state[table] ?? [])")
        }
    }

    @Test("a bundle refused inside a group leaves none of its attachment files; the group's others keep theirs")
    func refusedBundleLeavesNoFile() throws {
        let fixture = try SyncFixture()
        defer { fixture.cleanUp() }
        let laptop = try fixture.laptop()
        try fixture.fieldDay(laptop, visits: 1)
        let visit = try #require(try laptop.reader.read { db in try SiteVisit.fetchOne(db) })
        let store = AttachmentStore(database: laptop)
        func photo(_ name: String, _ seed: UInt8) throws -> URL {
            let url = fixture.path(name)
            try Data((0..<5000).map { UInt8(truncatingIfNeeded: $0) &* seed }).write(to: url)
            return url
        }
        let kept = try store.attach(visitId: visit.id, files: [try photo("kept.jpg", 31)])
        let first = try fixture.export(laptop)
        let dropped = try store.attach(visitId: visit.id, files: [try photo("dropped.jpg", 7)])
        let second = try fixture.export(laptop)
        let (hq, keyring) = try fixture.headquarters(trusting: [laptop])
        defer { try? hq.close() }

        // The second bundle's photo belongs to a visit HQ holds only once the first is in: refused
        // whole, after its file was placed in the store; the first is merged in the same group.
        var outcomes: [String] = []
        try HQImporter(database: hq, keyring: keyring).importFiles([second.path, first.path].map { URL(fileURLWithPath: $0) }) {
            _, result in outcomes.append(Self.outcome(result))
        }
        #expect(outcomes.count == 2 && outcomes[0].hasPrefix("refused") && !outcomes[1].hasPrefix("refused"), "\(outcomes)")
        let files = try FileManager.default.contentsOfDirectory(atPath: hq.path + ".attachments").filter { !$0.hasPrefix(".") }
        #expect(files == kept.map(\.sha256), "\(files)")
        #expect(!files.contains(dropped[0].sha256))
        #expect(try count(hq, "attachment") == 1 && count(hq, "siteVisit") == 1)
    }
}

extension Scenario {
    /// A copy of the scenario's first bundle with answers under a new bundle id, signed by its
    /// laptop, whose last answer names a visit that exists nowhere: refused during its merge.
    func forgedHalfway() throws -> String {
        for file in bundles {
            var surgery = try BundleSurgery(try Data(contentsOf: URL(fileURLWithPath: file)))
            guard let answers = surgery[BundleFile.answers.rawValue], let last = answers.split(separator: 0x0A).last
            else { continue }
            var line = String(decoding: last, as: UTF8.self)
            for key in ["id", "visitId"] {
                line = line.replacingOccurrences(of: #""\#(key)":"[^"]*""#, with: "\"\(key)\":\"\(RecordID.make())\"",
                                                 options: .regularExpression)
            }
            surgery[BundleFile.answers.rawValue] = answers + Data(line.utf8) + Data([0x0A])
            let manifest = try JSONDecoder().decode(BundleManifest.self, from: try #require(surgery[BundleFile.manifest]))
            for index in 0..<4 {
                let path = fixture.path("laptop-\(index).sqlite").path
                guard FileManager.default.fileExists(atPath: path) else { break }
                let laptop = try AppDatabase.open(path: path)
                defer { try? laptop.close() }
                let key = try DeviceKeyStore.key(for: laptop)
                guard key.publicKeyText == manifest.devicePublicKey else { continue }
                try surgery.resign(with: key) { $0.bundleId = RecordID.make() }
                let forged = fixture.path("forged.zip")
                try surgery.zip().write(to: forged)
                return forged.path
            }
        }
        throw SyncError.nothingToExport
    }

    /// Runs `body` on a fresh copy of the scenario's HQ; returns what it said and HQ's canonical dump.
    func importing(_ body: (HQImporter) throws -> [String]) throws -> (outcomes: [String], state: [String: [String]]) {
        let copy = fixture.path("hq-\(RecordID.make()).sqlite")
        try FileManager.default.copyItem(at: headquarters, to: copy)
        let hq = try HQDatabase.open(path: copy.path, clock: SyncFixture.clock)
        defer { try? hq.close() }
        let outcomes = try body(HQImporter(database: hq, keyring: try HQKeyring.load(from: hq, path: copy.path)))
        return (outcomes, try canonicalDump(hq))
    }
}
