import Foundation
import Testing
import FieldbookCore
@testable import FieldbookUI
import TerminalKit

@Suite struct FollowUpExportTests {
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("fb-export-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The export ran as an effect when it was started (a `Pilot` runs effects at once); one tick
    /// shows its outcome.
    static func expectAfterOneTick(_ pilot: inout Pilot<FieldbookApp>, _ done: (Pilot<FieldbookApp>) -> Bool) {
        pilot.advance(by: .milliseconds(50))
        #expect(done(pilot), "the export's outcome was not on screen after one tick")
    }

    @Test func theScreenShowsWhatGoesOutThenExportsWithProgressAndShowsTheFile() throws {
        let world = try FollowUpFixtures.world()
        try world.db.addRecommendation(visitId: world.visit.id, itemCodes: ["LC-01"], text: "补签劳动合同", priority: .high)
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var pilot = FollowUpFixtures.pilot(world.db, routes: [.export], exportDirectory: directory.path)
        #expect(pilot.screenText.contains("上次导出：尚未导出过"))
        #expect(pilot.screenText.contains("走访 1"))
        #expect(pilot.screenText.contains("检查项 2"))
        #expect(pilot.screenText.contains("意见建议 1"))

        pilot.press(.ctrl("e"))
        #expect(pilot.screenText.contains("正在导出"))
        Self.expectAfterOneTick(&pilot) { $0.screenText.contains("导出完成") || $0.screenText.contains("导出未完成") }
        #expect(pilot.screenText.contains("导出完成"))
        #expect(pilot.screenText.contains("第 1 号"))

        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { !$0.hasPrefix(".") }
        #expect(files.count == 1)
        let name = try #require(files.first)
        #expect(pilot.screenText.contains(name.prefix(20)))
        let cursor = try world.db.exportCursor()
        #expect(cursor.bundleSequence == 1)
        #expect(try world.db.pendingExport().isEmpty)
        #expect(pilot.screenText.contains("自上次导出以来没有新的变更"))
    }

    @Test func aMissingDirectoryIsAClearErrorAndNothingIsExported() throws {
        let world = try FollowUpFixtures.world(language: .en)
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let missing = directory.appendingPathComponent("no-such-dir").path
        var pilot = FollowUpFixtures.pilot(world.db, routes: [.export], exportDirectory: directory.path)
        // A typed directory is not created for the user (a typo must not scatter files).
        pilot.press(.backTab, .ctrl("u"))
        pilot.type(missing)
        pilot.press(.ctrl("e"))
        Self.expectAfterOneTick(&pilot) { $0.screenText.contains("did not finish") || $0.screenText.contains("Export finished") }
        #expect(pilot.flatText.contains("The export did not finish; nothing is lost"))
        #expect(pilot.flatText.contains("\(missing) does not exist"))
        #expect(!FileManager.default.fileExists(atPath: missing))
        #expect(try world.db.exportCursor().bundleSequence == 0)
    }

    @Test func aFileWhereTheDirectoryShouldBeIsRefused() throws {
        let world = try FollowUpFixtures.world(language: .en)
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("plain-file")
        try Data("x".utf8).write(to: file)
        var pilot = FollowUpFixtures.pilot(world.db, routes: [.export], exportDirectory: directory.path)
        // Type the path into the directory field instead of the proposed one.
        pilot.press(.backTab, .ctrl("u"))
        pilot.type(file.path)
        pilot.press(.tab, .enter)
        Self.expectAfterOneTick(&pilot) { $0.screenText.contains("did not finish") || $0.screenText.contains("Export finished") }
        #expect(pilot.flatText.contains("\(file.path) is not a directory"))
        #expect(try world.db.exportCursor().bundleSequence == 0)
    }

    @Test func theStandardDirectoryIsInTheDataDirectory() {
        #expect(ExportDirectory.standard(environment: ["XDG_DATA_HOME": "/data", "HOME": "/home/w"]) == "/data/fieldbook/exports")
        #expect(ExportDirectory.standard(environment: ["XDG_DATA_HOME": "rel", "HOME": "/home/w"])
                == "/home/w/.local/share/fieldbook/exports")
        #expect(ExportDirectory.expanding("~/out", environment: ["HOME": "/home/w"]) == "/home/w/out")
    }
}
