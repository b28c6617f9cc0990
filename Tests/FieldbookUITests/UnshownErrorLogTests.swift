import FieldbookCore
@testable import FieldbookUI
import Foundation
import Logging
import TerminalKit
import Testing
import TestSupport

/// Errors the interface catches and does not show are logged, never dropped (#19 part 3): an
/// unreadable drafts file (typed text that cannot be restored) is logged as an error and kept
/// aside for recovery by hand; a saved screen whose record is gone is logged when skipped.
@Suite struct UnshownErrorLogTests {
    private func scratch() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("unshown-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    @Test func anUnreadableDraftsFileIsLoggedAndKeptAside() throws {
        let directory = try scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let capture = CapturedLog()
        let session = SessionStore(databasePath: directory.appendingPathComponent("fb.sqlite").path,
                                   log: capture.logger())
        let damaged = Data("[{\"route\":{\"visit\":{\"id\":\"0198\"}},\"draft\":{\"tex".utf8)
        try damaged.write(to: URL(fileURLWithPath: session.draftsPath))

        #expect(session.loadDrafts().isEmpty)

        let logged = capture.lines(containing: "drafts file unreadable")
        #expect(logged.count == 1)
        #expect(logged.first?.level == .error)
        #expect(logged.first?.metadata["bytes"] == "\(damaged.count)")
        // The damaged bytes are kept, byte for byte, where the next save will not overwrite them.
        #expect(FileManager.default.contents(atPath: session.draftsPath + ".unreadable") == damaged)
        #expect(!FileManager.default.fileExists(atPath: session.draftsPath))
        session.saveDrafts([])
        #expect(FileManager.default.contents(atPath: session.draftsPath + ".unreadable") == damaged)
    }

    @Test func aDraftsFileThatCannotBeWrittenIsLogged() throws {
        let directory = try scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let capture = CapturedLog()
        // The drafts path's directory does not exist: the write must fail.
        let session = SessionStore(databasePath: directory.appendingPathComponent("gone/fb.sqlite").path,
                                   log: capture.logger())
        #expect(session.saveDrafts([]) == false)
        #expect(capture.lines(containing: "drafts file not written").count == 1)
    }

    @Test func aSavedScreenWhoseRecordIsGoneIsLoggedWhenSkipped() throws {
        let directory = try scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let capture = CapturedLog()
        let session = SessionStore(databasePath: directory.appendingPathComponent("fb.sqlite").path,
                                   log: capture.logger())
        session.save([.dashboard, .visit(id: "01980000-0000-7000-8000-000000000000")])
        let db = try makeTestDatabase()
        let env = AppEnvironment(db: db, clock: testClock, log: capture.logger(label: "ui"))
        let app = FieldbookApp(env: env, session: session, size: Size(width: 80, height: 24))

        #expect(app.routes == [.dashboard])
        #expect(capture.lines(containing: "saved screen not reopened").count == 1)
    }

    @Test func anUnreadableSessionFileIsLogged() throws {
        let directory = try scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let capture = CapturedLog()
        let session = SessionStore(databasePath: directory.appendingPathComponent("fb.sqlite").path,
                                   log: capture.logger())
        try Data("not json".utf8).write(to: URL(fileURLWithPath: session.path))
        #expect(session.load().isEmpty)
        #expect(capture.lines(containing: "saved screens unreadable").count == 1)
    }
}
