import Foundation
import Testing
import TestSupport
import FieldbookCore
import FieldbookUI
import TerminalHarness

/// Attaching with the real binary in tmux: the file chooser at 60×16, Tab completion of the path,
/// Space to choose, a caption, and the count on the item's row; the store on disk afterwards.
@Suite(.serialized)
struct AttachInterfaceTests {
    @Test func attachAPhotoToTheFocusedItemAt60x16() async throws {
        let laptop = try Laptop()
        let visitId = try laptop.prepareDraftVisit()
        let photos = laptop.scratch.url.appendingPathComponent("photos")
        try FileManager.default.createDirectory(at: photos, withIntermediateDirectories: true)
        try EvidenceFiles.jpeg().write(to: photos.appendingPathComponent("公示栏.jpg"))
        laptop.saveSession([.dashboard, .checklist(visitId: visitId)])

        let session = try laptop.openInterface(width: 60, height: 16)
        defer { session.kill() }
        try await session.waitFor("LC-01", timeout: .seconds(120))
        try session.type("p")
        try await session.waitFor("附加到检查项 LC-01", timeout: .seconds(120))
        // The chooser opens in HOME: to the path field, complete "ph" to photos/, into the list.
        try session.press("Tab")
        try session.type("ph")
        try session.press("Tab")
        try await session.waitFor("公示栏.jpg", timeout: .seconds(120))
        try session.press("Down")
        try session.press("Space")
        try await session.waitFor("已选 1 个", timeout: .seconds(120))
        try session.press("Enter")
        try await session.waitFor("写一句说明", timeout: .seconds(120))
        try session.type("未张贴工资支付公示")
        try session.press("Enter")
        try await session.waitFor("已附加 1 个文件", timeout: .seconds(120))
        try await session.waitFor("⎘1", timeout: .seconds(120))
        try await session.quit()

        let db = try laptop.database()
        defer { try? db.close() }
        let attached = try AttachmentStore(database: db).attachments(visitId: visitId)
        #expect(attached.map(\.originalName) == ["公示栏.jpg"])
        #expect(attached.first?.itemCode == "LC-01" && attached.first?.caption == "未张贴工资支付公示")
        #expect(attached.first?.capturedAt == "2024-05-20T09:41:07")
        let stored = try Data(contentsOf: AttachmentStore(database: db).fileURL(of: try #require(attached.first)))
        #expect(stored == EvidenceFiles.jpeg())
    }
}
