import Foundation
import GRDB
import Synchronization
import Testing
@testable import FieldbookCore
@testable import FieldbookBundle
@testable import FieldbookHQ
import SyncTestSupport

/// Exports that race, meet a taken name, or were interrupted between publishing and recording
/// (issue 14; docs/bundle-format.md, "Writing a bundle"). The kills themselves are in CLITests'
/// ExportKillTests; here the library API holds an export at a checkpoint.
@Suite("Export safety")
struct ExportSafetyTests {
    /// Runs an export on its own thread, held at `point` until `release()`.
    final class HeldExport: Sendable {
        private let reached = DispatchSemaphore(value: 0)
        private let gate = DispatchSemaphore(value: 0)
        private let done = DispatchSemaphore(value: 0)
        private let outcome = Mutex<Result<ExportResult, any Error>?>(nil)

        init(_ database: AppDatabase, into directory: URL, at point: ExportCheckpoint) {
            let options = ExportOptions(outputDirectory: directory) { [reached, gate] checkpoint in
                guard checkpoint == point else { return }
                reached.signal()
                gate.wait()
            }
            Thread { [self] in
                let result = Result { try BundleExporter(database: database).export(options) }
                outcome.withLock { $0 = result }
                reached.signal() // in case it never got to the checkpoint
                done.signal()
            }.start()
            reached.wait()
        }

        func release() throws -> ExportResult {
            gate.signal()
            done.wait()
            return try outcome.withLock { $0! }.get()
        }
    }

    static func outDirectory(_ fixture: SyncFixture, _ name: String = "out") throws -> URL {
        let out = fixture.path(name)
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        return out
    }

    /// Every enterprise HQ holds has the laptop's revision (nothing the laptop changed is lost).
    static func staleEnterprises(laptop: AppDatabase, hq: AppDatabase) throws -> [String] {
        let sent = try laptop.reader.read { db in
            try Row.fetchAll(db, sql: "SELECT id, revision FROM enterprise").map { ($0["id"] as String, $0["revision"] as Int) }
        }
        return try hq.reader.read { db in
            try sent.filter { id, revision in
                try Int.fetchOne(db, sql: "SELECT revision FROM enterprise WHERE id = ?", arguments: [id]) != revision
            }.map(\.0)
        }
    }

    @Test("a second export while the first is held at publishing is refused; nothing is lost at HQ")
    func oneExportAtATime() throws {
        let fixture = try SyncFixture()
        defer { fixture.cleanUp() }
        let laptop = try fixture.laptop()
        let registry = try fixture.fieldDay(laptop)
        let out = try Self.outDirectory(fixture)

        var published = 0
        for point in ExportCheckpoint.allCases {
            _ = try edit(laptop, try laptop.enterprise(id: registry[0].id)!) { $0.phone = "0719-\(100_0000 + published)" }
            let held = HeldExport(laptop, into: out, at: point)
            #expect(throws: SyncError.exportInProgress(laptop.writer.path)) {
                try BundleExporter(database: laptop).export(ExportOptions(outputDirectory: out))
            }
            // Held before publishing: no new file yet; after: exactly its own.
            let files = try FileManager.default.contentsOfDirectory(atPath: out.path)
            #expect(files.count == published + (point == .beforePublish ? 0 : 1), "\(point): \(files)")
            let result = try held.release()
            published += 1
            #expect(result.sequence == published)
        }
        let edited = try edit(laptop, try laptop.enterprise(id: registry[1].id)!) { $0.phone = "0719-1234567" }
        let last = try BundleExporter(database: laptop).export(ExportOptions(outputDirectory: out))
        #expect(last.sequence == 3)

        let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(names.count == 3 && names.allSatisfy { !$0.hasPrefix(".") }, "\(names)")
        let (hq, keyring) = try fixture.headquarters(trusting: [laptop])
        let importer = HQImporter(database: hq, keyring: keyring)
        for name in names { #expect(try importer.importFile(out.appendingPathComponent(name)).missingSequences.isEmpty) }
        #expect(try hq.store.enterprise(id: edited.id)?.phone == "0719-1234567")
        #expect(try Self.staleEnterprises(laptop: laptop, hq: hq.store) == [])
    }

    @Test("a name taken by another file is refused; that file is untouched and the cursor stays")
    func takenNameLeftUntouched() throws {
        let fixture = try SyncFixture()
        defer { fixture.cleanUp() }
        let laptop = try fixture.laptop()
        try fixture.fieldDay(laptop)
        let out = try Self.outDirectory(fixture)
        let deviceId = try laptop.reader.read { db in try String.fetchOne(db, sql: "SELECT id FROM deviceIdentity")! }
        let name = BundleFileName.make(date: laptop.clock.today(), deviceId: deviceId, sequence: 1, sealed: false)
        let other = out.appendingPathComponent(name)
        let foreign = Data("someone else's file".utf8)
        try foreign.write(to: other)

        #expect(throws: SyncError.bundleNameTaken(other.path)) {
            try BundleExporter(database: laptop).export(ExportOptions(outputDirectory: out))
        }
        #expect(try Data(contentsOf: other) == foreign)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == [name])
        #expect(try laptop.pendingExport().lastSequence == 0)
        #expect(try laptop.pendingBundle() == nil)

        try FileManager.default.removeItem(at: other)
        let result = try BundleExporter(database: laptop).export(ExportOptions(outputDirectory: out))
        #expect(result.sequence == 1 && result.path == other.path)
    }

    /// Two copies of one laptop database (a restored backup) are two lock files: the lock cannot
    /// stop them, so the publish step itself must never replace or remove the other's file.
    @Test("a lost race never touches the winner's file")
    func lostRaceKeepsWinnersFile() throws {
        let fixture = try SyncFixture()
        defer { fixture.cleanUp() }
        let laptop = try fixture.laptop()
        try fixture.fieldDay(laptop)
        try laptop.writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        let copyPath = fixture.path("copy.sqlite").path
        try FileManager.default.copyItem(atPath: laptop.writer.path, toPath: copyPath)
        let copy = try AppDatabase.open(path: copyPath, clock: SyncFixture.clock)
        _ = try edit(copy, try copy.reader.read { db in try SiteVisit.fetchOne(db)! }) { $0.notes = "副本上的修改" }
        let out = try Self.outDirectory(fixture)

        let loser = HeldExport(laptop, into: out, at: .beforePublish)
        let winner = try BundleExporter(database: copy).export(ExportOptions(outputDirectory: out))
        let winnersBytes = try Data(contentsOf: URL(fileURLWithPath: winner.path))
        #expect(throws: SyncError.bundleNameTaken(winner.path)) { try loser.release() }
        #expect(try Data(contentsOf: URL(fileURLWithPath: winner.path)) == winnersBytes)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == [URL(fileURLWithPath: winner.path).lastPathComponent])
        #expect(try copy.pendingExport().lastSequence == 1)
        #expect(try laptop.pendingExport().lastSequence == 0)
        #expect(try laptop.pendingBundle() == nil)
    }

    @Test("HQ refuses a different bundle with a sequence number it holds for that device, naming both")
    func hqRefusesSecondBundleWithSameSequence() throws {
        let fixture = try SyncFixture()
        defer { fixture.cleanUp() }
        let laptop = try fixture.laptop()
        try fixture.fieldDay(laptop)
        try laptop.writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        let copyPath = fixture.path("copy.sqlite").path
        try FileManager.default.copyItem(atPath: laptop.writer.path, toPath: copyPath)
        let copy = try AppDatabase.open(path: copyPath, clock: SyncFixture.clock)
        _ = try edit(copy, try copy.reader.read { db in try SiteVisit.fetchOne(db)! }) { $0.notes = "副本上的修改" }
        let first = try fixture.export(laptop)
        let second = try fixture.export(copy)
        #expect(first.sequence == 1 && second.sequence == 1 && first.bundleId != second.bundleId)

        let (hq, keyring) = try fixture.headquarters(trusting: [laptop])
        let importer = HQImporter(database: hq, keyring: keyring)
        _ = try importer.importFile(URL(fileURLWithPath: first.path))
        let before = try tableContents(hq)
        let secondName = URL(fileURLWithPath: second.path).lastPathComponent
        let firstName = URL(fileURLWithPath: first.path).lastPathComponent
        do {
            _ = try importer.importFile(URL(fileURLWithPath: second.path))
            Issue.record("a second bundle #1 was accepted")
        } catch let error as SyncError {
            #expect(error == .badFile(secondName, .sequenceTaken(sequence: 1, bundleId: second.bundleId,
                                                                 heldBundleId: first.bundleId, heldFile: firstName)))
            let message = error.message(in: .en)
            #expect(message.contains(first.bundleId) && message.contains(second.bundleId) && message.contains("#1"))
            #expect(!message.contains("\n"))
        }
        #expect(try tableContents(hq) == before)
        // The same bundle again is still "already imported", not refused.
        #expect(try importer.importFile(URL(fileURLWithPath: first.path)).alreadyImported)
    }
    /// The fixture's databases live on /dev/shm (tmpfs) where there is one, and the system's
    /// temporary directory is usually another file system: a hard link cannot cross, so the
    /// bytes are copied beside the final name and renamed with RENAME_NOREPLACE.
    static var crossFilesystem: Bool {
        var shm = stat(), temporary = stat()
        return stat("/dev/shm", &shm) == 0 && stat(FileManager.default.temporaryDirectory.path, &temporary) == 0
            && shm.st_dev != temporary.st_dev
    }

    @Test("publishing to another file system copies, renames without replacing, and leaves no .part",
          .enabled(if: crossFilesystem, "needs /dev/shm and a temporary directory on different file systems"))
    func publishAcrossFilesystems() throws {
        let fixture = try SyncFixture()
        defer { fixture.cleanUp() }
        let laptop = try fixture.laptop()
        let registry = try fixture.fieldDay(laptop)
        let usb = FileManager.default.temporaryDirectory.appendingPathComponent("fieldbook-usb-" + RecordID.make())
        try FileManager.default.createDirectory(at: usb, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: usb) }

        let first = try BundleExporter(database: laptop).export(ExportOptions(outputDirectory: usb))
        #expect(try FileManager.default.contentsOfDirectory(atPath: usb.path) == [URL(fileURLWithPath: first.path).lastPathComponent])
        let (hq, keyring) = try fixture.headquarters(trusting: [laptop])
        #expect(try HQImporter(database: hq, keyring: keyring).importFile(URL(fileURLWithPath: first.path)).changedAnything)
        #expect(!FileManager.default.fileExists(atPath: laptop.writer.path + ".export-work"))

        // The next name taken by another file: refused, that file untouched, no .part left.
        _ = try edit(laptop, try laptop.enterprise(id: registry[0].id)!) { $0.phone = "0719-7654321" }
        let deviceId = try laptop.reader.read { db in try String.fetchOne(db, sql: "SELECT id FROM deviceIdentity")! }
        let taken = usb.appendingPathComponent(BundleFileName.make(date: laptop.clock.today(), deviceId: deviceId,
                                                                   sequence: 2, sealed: false))
        try Data("not a bundle".utf8).write(to: taken)
        #expect(throws: SyncError.bundleNameTaken(taken.path)) {
            try BundleExporter(database: laptop).export(ExportOptions(outputDirectory: usb))
        }
        #expect(try Data(contentsOf: taken) == Data("not a bundle".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: usb.path).sorted()
                == [URL(fileURLWithPath: first.path).lastPathComponent, taken.lastPathComponent].sorted())
        #expect(try laptop.pendingExport().lastSequence == 1)
    }
}
