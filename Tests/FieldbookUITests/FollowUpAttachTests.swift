import Foundation
import Testing
import FieldbookCore
@testable import FieldbookUI
import TerminalKit
import TestSupport

/// Issue 18: proof of rectification attached at a follow-up, from the follow-ups list and from
/// the recommendation's form — to a recommendation of an earlier, completed visit too.
@Suite struct FollowUpAttachTests {
    final class Ground {
        let root: URL
        let world: FollowUpFixtures.World
        let recommendation: Recommendation
        let session: TemporarySession
        var pilot: Pilot<FieldbookApp>
        var store: AttachmentStore { AttachmentStore(database: world.db, directory: root.appendingPathComponent("store")) }

        init(language: Language, routes: [Route], size: Size, completed: Bool) throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("ui-proof-\(UUID().uuidString)")
            let photos = root.appendingPathComponent("photos")
            try FileManager.default.createDirectory(at: photos, withIntermediateDirectories: true)
            try EvidenceFiles.jpeg().write(to: photos.appendingPathComponent("已张贴.jpg"))
            world = try FollowUpFixtures.backdated(try FollowUpFixtures.world(language: language))
            recommendation = try world.db.addRecommendation(visitId: world.visit.id, itemCodes: ["WG-01"], text: "张贴工资支付公示",
                                                            priority: .high, deadline: LocalDate("2026-11-20")!)
            if completed { try world.db.completeVisit(id: world.visit.id) }
            session = try TemporarySession(routes: routes)
            var env = AppEnvironment(db: world.db, clock: testClock)
            env.attachmentDirectory = root.appendingPathComponent("store")
            env.chooserStart = photos.path
            pilot = Pilot(FieldbookApp(env: env, session: session.store, size: size), size: size,
                          minimumSize: FieldbookApp.minimumSize)
        }

        /// In the open chooser: the photo, then a caption.
        func choosePhoto(caption: String) {
            pilot.press(.end, .enter)
            pilot.type(caption)
            pilot.press(.enter)
        }

        deinit {
            session.remove()
            try? FileManager.default.removeItem(at: root)
        }
    }

    @Test(arguments: [(Language.zh, Size(width: 60, height: 16)), (.en, Size(width: 80, height: 24)),
                      (.zh, Size(width: 120, height: 40))])
    func pOnTheFollowUpsListAttachesProofToTheSelectedRecommendation(language: Language, size: Size) throws {
        let g = try Ground(language: language, routes: [.dashboard, .followUps], size: size, completed: true)
        let text = catalogue(for: language)
        #expect(g.pilot.screenText.contains(language == .zh ? "张贴工资支付公示" : "张贴"))
        g.pilot.press(.character("p"))
        #expect(g.pilot.screenText.contains(text.chooserTitleRecommendation(g.recommendation.text).prefix(size.width / 3)))
        g.choosePhoto(caption: "已张贴")
        #expect(g.pilot.screenText.contains(text.attachedNotice(1)))
        let stored = try g.store.attachments(visitId: g.world.visit.id)
        #expect(stored.count == 1)
        #expect(stored.first?.recommendationId == g.recommendation.id)
        #expect(stored.first?.originalName == "已张贴.jpg")
        #expect(stored.first?.caption == "已张贴")
        #expect(g.pilot.lines.allSatisfy { $0.displayWidth <= size.width })
    }

    @Test func pOnTheFormsStatusAttaches_thenClosingNeedsNoTypedEvidence() throws {
        let g = try Ground(language: .zh, routes: [.dashboard, .followUps], size: Size(width: 80, height: 24), completed: true)
        g.pilot.press(.enter)
        #expect(g.pilot.program.routes.last == .recommendation(id: g.recommendation.id))
        // The visit is completed: only the status moves, and it has the focus.
        g.pilot.press(.character("p"))
        g.choosePhoto(caption: "")
        #expect(g.pilot.screenText.contains(catalogue(for: .zh).attachedNotice(1)))
        #expect(try g.store.attachments(visitId: g.world.visit.id).first?.recommendationId == g.recommendation.id)
        // v closes it; the attached photo is the evidence.
        g.pilot.press(.character("v"), .enter)
        #expect(try g.world.db.recommendation(id: g.recommendation.id)?.status == .closed)
    }

    @Test func escInTheChooserAttachesNothing() throws {
        let g = try Ground(language: .en, routes: [.dashboard, .followUps], size: Size(width: 80, height: 24), completed: false)
        g.pilot.press(.character("p"), .escape)
        #expect(try g.store.attachments(visitId: g.world.visit.id).isEmpty)
        #expect(g.pilot.program.routes.last == .followUps)
    }
}
