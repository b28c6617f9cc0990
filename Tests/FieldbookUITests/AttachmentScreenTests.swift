import Foundation
import Testing
import FieldbookCore
@testable import FieldbookUI
import TerminalKit
import TestSupport

/// Attaching, listing, opening and detaching from the interface, headless.
@Suite struct AttachmentScreenTests {
    /// A draft visit, photos in a folder, a private store and chooser start, and a fake opener.
    final class Ground {
        let root: URL
        let db: AppDatabase
        let visit: SiteVisit
        let session: TemporarySession
        var pilot: Pilot<FieldbookApp>
        var marker: URL { root.appendingPathComponent("opened") }

        init(language: Language = .zh, routes: (String) -> [Route], size: Size = Size(width: 80, height: 24),
             opener: String? = nil) throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("ui-attach-\(UUID().uuidString)")
            let photos = root.appendingPathComponent("photos")
            try FileManager.default.createDirectory(at: photos, withIntermediateDirectories: true)
            try EvidenceFiles.jpeg().write(to: photos.appendingPathComponent("公示栏.jpg"))
            try EvidenceFiles.pdf().write(to: photos.appendingPathComponent("payroll.pdf"))
            try EvidenceFiles.png().write(to: photos.appendingPathComponent("sign.png"))
            db = try VisitFixtures.database(language: language)
            visit = try VisitFixtures.draft(db)
            session = try TemporarySession(routes: [.dashboard] + routes(visit.id))
            var env = AppEnvironment(db: db, clock: testClock)
            env.attachmentDirectory = root.appendingPathComponent("store")
            env.chooserStart = photos.path
            // A stand-in for xdg-open that leaves a mark naming the file it was given.
            let script = root.appendingPathComponent("fake-open")
            try "#!/bin/sh\necho \"$1\" > '\(root.path)/opened'\n".write(to: script, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: script.path)
            env.fileOpener = FileOpener(command: opener ?? script.path)
            pilot = Pilot(FieldbookApp(env: env, session: session.store, size: size), size: size,
                          minimumSize: FieldbookApp.minimumSize)
        }

        var stored: [FieldbookCore.Attachment] {
            get throws { try AttachmentStore(database: db, directory: root.appendingPathComponent("store")).attachments(visitId: visit.id) }
        }

        deinit {
            session.remove()
            try? FileManager.default.removeItem(at: root)
        }
    }

    @Test(arguments: [(Language.zh, Size(width: 60, height: 16)), (.en, Size(width: 80, height: 24))])
    func attachTwoFilesToTheFocusedItemWithACaption(language: Language, size: Size) throws {
        let g = try Ground(language: language, routes: { [.checklist(visitId: $0)] }, size: size)
        let text = catalogue(for: language)
        g.pilot.press(.character("p"))
        #expect(g.pilot.screenText.contains(text.chooserTitleItem("LC-01")))
        #expect(g.pilot.screenText.contains("公示栏.jpg") && g.pilot.screenText.contains("payroll.pdf"))
        // Files in name order (payroll.pdf, sign.png, 公示栏.jpg); the first is under the cursor:
        // mark it and the next, confirm.
        g.pilot.press(.character(" "), .character(" "))
        #expect(g.pilot.screenText.contains(text.chooserChosen(2)))
        g.pilot.press(.enter)
        #expect(g.pilot.screenText.contains(text.captionPrompt(2)))
        g.pilot.type("未张贴工资支付公示")
        g.pilot.press(.enter)
        #expect(g.pilot.screenText.contains(text.attachedNotice(2)))
        let stored = try g.stored
        #expect(stored.map(\.originalName).sorted() == ["payroll.pdf", "sign.png"])
        #expect(stored.allSatisfy { $0.itemCode == "LC-01" && $0.caption == "未张贴工资支付公示" })
        // The count on the item's row, and the names in its panel.
        #expect(g.pilot.screenText.contains("⎘2"))
        if size.height > 16 { #expect(g.pilot.screenText.contains(text.attachmentsLabel)) }
        #expect(g.pilot.lines.allSatisfy { $0.displayWidth <= size.width })
    }

    @Test func escClosesTheChooserHavingStoredNothing_andOverALimitTheRefusalIsShown() throws {
        let g = try Ground(routes: { [.checklist(visitId: $0)] })
        g.pilot.press(.character("p"), .character(" "), .escape)
        #expect(try g.stored.isEmpty)
        #expect(!g.pilot.screenText.contains("附加到检查项"))
        try g.db.saveAttachmentLimits(AttachmentLimits(maxFileBytes: 10, maxVisitBytes: 100))
        g.pilot.press(.character("p"), .enter, .enter)
        #expect(g.pilot.screenText.contains("10 bytes"))
        #expect(try g.stored.isEmpty)
    }

    @Test func theAttachmentsScreenListsOpensAndDetaches() throws {
        let g = try Ground(language: .en, routes: { [.review(visitId: $0)] })
        // Review has no attachment line while there are none; f opens the list.
        #expect(!g.pilot.screenText.contains("Attachments"))
        g.pilot.press(.character("f"))
        #expect(g.pilot.screenText.contains("No attachments yet"))
        // a: the chooser for the visit; Tab to the path field, type and complete a name, Enter.
        g.pilot.press(.character("a"))
        #expect(g.pilot.screenText.contains("Attach to this visit"))
        g.pilot.press(.tab)
        g.pilot.type("si")
        g.pilot.press(.tab, .enter, .enter)
        #expect(g.pilot.screenText.contains("Attached 1 file(s)"))
        #expect(g.pilot.screenText.contains("PNG  sign.png"))
        // Enter opens it with the opener, as an effect (run at once headless).
        g.pilot.press(.enter)
        #expect(g.pilot.screenText.contains("Opening sign.png"))
        let opened = try String(contentsOf: g.marker, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        let attached = try #require(try g.stored.first)
        #expect(opened.hasSuffix(attached.sha256))
        // x detaches with a reason: the record stays, marked.
        g.pilot.press(.character("x"))
        #expect(g.pilot.screenText.contains("Detach \"sign.png\"?"))
        g.pilot.type("wrong enterprise")
        g.pilot.press(.enter)
        #expect(g.pilot.screenText.contains("Attachment detached"))
        #expect(g.pilot.screenText.contains("detached: wrong enterprise"))
        #expect(try g.stored.first?.detachReason == "wrong enterprise")
        // Back on the review, the line counts the attached ones.
        g.pilot.press(.escape)
        #expect(g.pilot.screenText.contains("Attachments  0"))
    }

    @Test func withoutAnOpenerTheInterfaceSaysSo() throws {
        let g = try Ground(routes: { [.attachments(visitId: $0)] }, opener: "no-such-opener-\(UUID().uuidString)")
        g.pilot.press(.character("a"), .enter, .enter)
        g.pilot.press(.enter)
        #expect(g.pilot.screenText.contains("本机没有可打开文件的程序"))
        #expect(!FileManager.default.fileExists(atPath: g.marker.path))
    }
}
