import Foundation
import Testing
import FieldbookBundle
import FieldbookCore
@testable import FieldbookUI
import TerminalKit
import TestSupport

/// Issue 16, point 4: the Export screen remembers the last directory, lists past exports, offers
/// a day's or everything re-export, says "nothing new" as a fact, and counts the attachments
/// waiting to go (issue 18).
@Suite struct ExportHistoryTests {
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("fb-history-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Ctrl-E, then the tick that shows the outcome (a `Pilot` runs the export at once).
    static func export(_ pilot: inout Pilot<FieldbookApp>) {
        pilot.press(.ctrl("e"))
        pilot.advance(by: .milliseconds(50))
    }

    @Test(arguments: [(Language.zh, Size(width: 60, height: 16)), (.en, Size(width: 80, height: 24)),
                      (.zh, Size(width: 120, height: 40))])
    func pastExportsAreListedAndTheLastDirectoryIsProposedAgain(language: Language, size: Size) throws {
        let world = try FollowUpFixtures.world(language: language)
        let text = catalogue(for: language)
        let usb = try Self.temporaryDirectory()
        let standard = try Self.temporaryDirectory()
        defer { for url in [usb, standard] { try? FileManager.default.removeItem(at: url) } }
        var pilot = FollowUpFixtures.pilot(world.db, routes: [.export], size: size, exportDirectory: standard.path)
        #expect(pilot.screenText.contains(text.exportHistoryTitle) || size.height < 20)
        // The first export goes to the USB folder, typed.
        pilot.press(.backTab, .ctrl("u"))
        pilot.type(usb.path)
        Self.export(&pilot)
        #expect(pilot.screenText.contains(text.exportDone))
        try world.db.setAnswer(visitId: world.visit.id, itemCode: "LC-03", value: .compliant)
        // Opened again (a new day, say): the USB folder is proposed, not the standard one.
        pilot = FollowUpFixtures.pilot(world.db, routes: [.export], size: size, exportDirectory: standard.path)
        #expect(pilot.flatText.contains(usb.path.prefix(size.width - 20)))
        Self.export(&pilot)
        #expect(pilot.screenText.contains(text.exportBundleNumber(2)))
        let files = try FileManager.default.contentsOfDirectory(atPath: usb.path).filter { !$0.hasPrefix(".") }
        #expect(files.count == 2)
        #expect(try FileManager.default.contentsOfDirectory(atPath: standard.path).isEmpty)
        // The history, newest first: number, what it held, state (at 60×16 the newest row only).
        let history = try world.db.exportHistory()
        #expect(history.map(\.sequence) == [2, 1])
        #expect(history.allSatisfy { $0.state == .published && $0.directory == usb.path && ($0.bytes ?? 0) > 0 })
        #expect(history[1].visits == 1 && history[1].records > 0)
        #expect(pilot.screenText.contains("#2"))
        #expect(pilot.screenText.contains(text.exportStatePublished))
        if size.height >= 24 {
            #expect(pilot.screenText.contains("#1"))
            #expect(pilot.screenText.contains(text.exportHeld(visits: history[1].visits, records: history[1].records,
                                                              attachments: 0)))
        }
        #expect(pilot.lines.allSatisfy { $0.displayWidth <= size.width })
    }

    @Test(arguments: [Language.zh, .en])
    func nothingNewIsANeutralFactNotAFailure(language: Language) throws {
        let world = try FollowUpFixtures.world(language: language)
        let text = catalogue(for: language)
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var pilot = FollowUpFixtures.pilot(world.db, routes: [.export], exportDirectory: directory.path)
        Self.export(&pilot)
        #expect(pilot.screenText.contains(text.exportDone))
        Self.export(&pilot)
        #expect(pilot.flatText.contains(text.exportNothingNew))
        #expect(!pilot.flatText.contains(text.exportFailed))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { !$0.hasPrefix(".") }.count == 1)
    }

    @Test func attachmentsWaitingToGoAreCounted() throws {
        let world = try FollowUpFixtures.world()
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let photo = directory.appendingPathComponent("公示栏.jpg")
        try EvidenceFiles.jpeg().write(to: photo)
        _ = try AttachmentStore(database: world.db, directory: directory.appendingPathComponent("store"))
            .attach(visitId: world.visit.id, files: [photo], to: .item(code: "WG-01"))
        let pilot = FollowUpFixtures.pilot(world.db, routes: [.export], exportDirectory: directory.path)
        #expect(pilot.screenText.contains("附件 1"))
    }

    @Test func aDayIsSentAgainWithoutMovingTheCursor() throws {
        let world = try FollowUpFixtures.world(language: .en)
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var pilot = FollowUpFixtures.pilot(world.db, routes: [.export], exportDirectory: directory.path)
        Self.export(&pilot)
        let cursor = try world.db.exportCursor().lastChangeSeq
        // Scope: ← / → cycle new changes, one day's visits again, everything again.
        pilot.press(.backTab, .backTab, .right)
        #expect(pilot.screenText.contains("‹ one day's visits again ›"))
        #expect(pilot.screenText.contains("day 2026-11-29"))
        pilot.press(.tab, .ctrl("u"))
        pilot.type("2026-13-01")
        Self.export(&pilot)
        #expect(pilot.flatText.contains("Type the day to send again"))
        pilot.press(.ctrl("u"))
        pilot.type("2026-11-29")
        Self.export(&pilot)
        #expect(pilot.screenText.contains("Export finished"))
        #expect(try world.db.exportCursor().lastChangeSeq == cursor)
        #expect(try world.db.exportHistory().first?.scope == .day(LocalDate("2026-11-29")!))
        #expect(pilot.screenText.contains("day 2026-11-29 · visi"))
        // A day with nothing on it: a plain fact.
        pilot.press(.ctrl("u"))
        pilot.type("2026-11-01")
        Self.export(&pilot)
        #expect(pilot.flatText.contains("Nothing was recorded on 2026-11-01"))
        // Everything again.
        pilot.press(.backTab, .right)
        #expect(pilot.screenText.contains("‹ everything again ›"))
        Self.export(&pilot)
        #expect(try world.db.exportHistory().first?.scope == .all)
    }

    @Test func aPendingBundleIsListedAsPending() throws {
        let world = try FollowUpFixtures.world()
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try world.db.savePendingBundle(PendingBundle(
            bundleId: RecordID.make(), sequence: 1, fileName: "fieldbook-pending.zip", directory: directory.path,
            sha256: String(repeating: "0", count: 64), scope: .sinceLastExport, after: 0, through: 5,
            previousBundleId: nil, createdAt: world.db.clock.timestamp(), encryptTo: nil, counts: ["visits": 1, "answers": 2]))
        let pilot = FollowUpFixtures.pilot(world.db, routes: [.export], exportDirectory: directory.path)
        #expect(pilot.screenText.contains("待补完"))
        #expect(pilot.screenText.contains("走访 1 · 记录 3"))
    }
}
