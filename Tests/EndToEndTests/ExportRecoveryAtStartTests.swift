import FieldbookCore
import Foundation
import Testing
import TerminalHarness

/// An export killed between publishing its file and recording it is finished when the interface
/// starts (issue 14): the dashboard shows the export, the database has recorded it, and the
/// killed export's work area beside the database is gone.
struct ExportRecoveryAtStartTests {
    @Test func theInterfaceRecordsABundleAKilledExportPublished() async throws {
        let laptop = try Laptop()
        #expect(try laptop.run(["init", "--inspector", "李娜", "--language", "zh"]).status == 0)
        #expect(try laptop.run(["import", "enterprises", Laptop.sample("enterprises.csv")]).status == 0)
        let out = laptop.scratch.path("out")
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)

        // `fieldbook export`, held by the test hook once its file is published, then SIGKILLed.
        let marker = laptop.scratch.path("held")
        let export = try SpawnedProcess(FieldbookBinary.path, ["export", "--db", laptop.databasePath, "--out", out],
                                        environment: laptop.environment.merging(
                                            ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
                                             "FIELDBOOK_TEST_EXPORT_HOLD": "afterPublish:\(marker)"]) { $1 })
        defer { export.kill() }
        let deadline = ContinuousClock.now + .seconds(600)
        while !FileManager.default.fileExists(atPath: marker) {
            guard export.isRunning, ContinuousClock.now < deadline else {
                Issue.record("the export ended (or took ten minutes) before it was held"); return
            }
            try await Task.sleep(for: .milliseconds(5))
        }
        export.kill()
        let published = try FileManager.default.contentsOfDirectory(atPath: out)
        #expect(published.count == 1)
        #expect(try laptop.database().pendingExport().lastSequence == 0)

        let session = try laptop.openInterface(width: 100, height: 30)
        defer { session.kill() }
        try await session.waitFor("上次导出")
        try await session.quit()

        let database = try laptop.database()
        defer { try? database.writer.close() }
        #expect(try database.pendingExport().lastSequence == 1)
        #expect(try database.pendingExport().isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out) == published)
        #expect(!FileManager.default.fileExists(atPath: laptop.databasePath + ".export-work"))
    }
}
