import Foundation
import Testing
import FieldbookCore
@testable import FieldbookUI
import TerminalKit

@Suite struct AppShellTests {
    @Test func firstRunShowsSetupAndSavingOpensTheDashboard() throws {
        let db = try makeTestDatabase(inspector: nil)
        var pilot = makePilot(db: db)
        #expect(pilot.screenText.contains("首次使用"))
        #expect(pilot.screenText.contains("检查员姓名"))

        pilot.type("李娜")
        // The real cursor sits after the two wide glyphs (4 columns past the field start).
        let fieldStart = SetupScreen.Layout(area: FieldbookApp.contentArea(in: Size(width: 80, height: 24))).name.x
        #expect(pilot.cursor == Point(x: fieldStart + 4, y: SetupScreen.Layout(area: FieldbookApp.contentArea(in: Size(width: 80, height: 24))).name.y))
        pilot.press(.tab, .right, .right)  // district: 茅箭区 → 张湾区
        pilot.press(.ctrl("s"))

        #expect(pilot.program.routes == [.dashboard])
        #expect(pilot.screenText.contains("李娜，您好"))
        let inspector = try #require(try db.currentInspector())
        #expect(inspector.name == "李娜")
        #expect(inspector.district == "张湾区")
        #expect(try db.deviceIdentity()?.publicKey?.isEmpty == false)
    }

    @Test func setupLabelsAreWholeInEnglish() throws {
        var pilot = makePilot(db: try makeTestDatabase(inspector: nil))
        pilot.press(.function(2))
        for label in ["Inspector name", "District", "Language"] { #expect(pilot.screenText.contains(label)) }
    }

    @Test func setupRefusesAnEmptyNameAndKeepsTheForm() throws {
        let db = try makeTestDatabase(inspector: nil)
        var pilot = makePilot(db: db)
        pilot.press(.ctrl("s"))
        #expect(pilot.program.routes == [.setup])
        #expect(pilot.screenText.contains("请填写检查员姓名"))
        #expect(try db.currentInspector() == nil)
    }

    @Test func languageSwitchesAtOnceAndIsRemembered() throws {
        let db = try makeTestDatabase()
        var pilot = makePilot(db: db)
        #expect(pilot.screenText.contains("工作台"))
        pilot.press(.function(2))
        #expect(pilot.screenText.contains("Dashboard"))
        #expect(pilot.screenText.contains("Interface language: English"))
        #expect(try db.currentInspector()?.language == .en)
        // The notice stays until the next key (docs/ui-architecture.md), however long that takes.
        pilot.advance(by: .seconds(4))
        #expect(pilot.screenText.contains("Interface language: English"))
        pilot.press(.down)
        #expect(!pilot.screenText.contains("Interface language: English"))
    }

    @Test func helpListsTheScreensAndTheGlobalBindings() throws {
        var pilot = makePilot(db: try makeTestDatabase(language: .en))
        pilot.press(.function(1))
        #expect(pilot.screenText.contains("Keys"))
        #expect(pilot.screenText.contains("Everywhere"))
        #expect(pilot.screenText.contains("Ctrl-Q"))
        pilot.press(.character("x"))
        #expect(!pilot.screenText.contains("Everywhere"))
    }

    @Test func tooSmallTerminalShowsAMessageAndRecovers() throws {
        var pilot = makePilot(db: try makeTestDatabase())
        pilot.resize(to: Size(width: 50, height: 12))
        #expect(pilot.screenText.contains("终端窗口太小") || pilot.screenText.contains("too small"))
        pilot.resize(to: Size(width: 80, height: 24))
        #expect(pilot.screenText.contains("工作台"))
    }

    @Test func theNavigationStackIsRestoredAfterARestart() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let session = SessionStore(databasePath: directory.appendingPathComponent("fb.sqlite").path)
        session.save([.dashboard])
        let attributes = try FileManager.default.attributesOfItem(atPath: session.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let pilot = makePilot(db: try makeTestDatabase(), session: session)
        #expect(pilot.program.routes == [.dashboard])
    }
}
