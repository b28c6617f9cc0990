import Foundation
import Testing
import FieldbookBundle
import FieldbookCore
@testable import FieldbookUI
import TerminalKit
import TestSupport

/// Issue 16, point 4: the registry, a checklist template and a reference pack load from the
/// interface through the file chooser, with the command line's checks and messages, all or
/// nothing.
@Suite struct LoadDataScreenTests {
    final class Ground {
        let folder: URL
        let db: AppDatabase
        let session: TemporarySession
        var pilot: Pilot<FieldbookApp>

        init(language: Language = .zh, size: Size = Size(width: 80, height: 24)) throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("ui-load-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for sample in ["enterprises.csv", "enterprises-with-errors.csv", "checklists/employment-risk.v2.json",
                           "packs/reference-pack.zip"] {
                let source = Repository.root.appendingPathComponent("samples/" + sample)
                try FileManager.default.copyItem(at: source, to: folder.appendingPathComponent(source.lastPathComponent))
            }
            try Data("{\"not\": \"a template\"}".utf8).write(to: folder.appendingPathComponent("broken.json"))
            try Data("PK not really a zip".utf8).write(to: folder.appendingPathComponent("broken.zip"))
            db = try makeTestDatabase(language: language)
            session = try TemporarySession(routes: [.dashboard, .loadData])
            var env = AppEnvironment(db: db, clock: testClock)
            env.chooserStart = folder.path
            pilot = Pilot(FieldbookApp(env: env, session: session.store, size: size), size: size,
                          minimumSize: FieldbookApp.minimumSize)
        }

        /// Chooses the `row`-th kind, types the file's name in the chooser's path field, confirms,
        /// and lets the load's tick show its outcome.
        func load(kind row: Int, file: String) {
            pilot.press(.home)
            for _ in 0..<row { pilot.press(.down) }
            pilot.press(.enter, .tab, .ctrl("u"))
            pilot.type(folder.appendingPathComponent(file).path)
            pilot.press(.enter)
            pilot.advance(by: .milliseconds(50))
        }

        var enterprises: Int { get throws { try db.enterpriseCount() } }

        /// The screen without spaces and line breaks, for messages that wrap.
        var compact: String { pilot.lines.joined().replacingOccurrences(of: " ", with: "") }

        deinit {
            session.remove()
            try? FileManager.default.removeItem(at: folder)
        }
    }

    /// What the command line says for the same file (the same library call, the same words).
    static func commandLineMessage(_ file: URL, language: Language) throws -> String {
        let scratch = try makeTestDatabase(language: language)
        do {
            let csv = try EnterpriseCSV.read(try Data(contentsOf: file), file: file.lastPathComponent)
            _ = try scratch.importEnterprises(csv, file: file.lastPathComponent, skipInvalid: false)
        } catch let error as EnterpriseImportError {
            return error.message(in: language)
        }
        Issue.record("the file imported")
        return ""
    }

    @Test(arguments: [(Language.zh, Size(width: 60, height: 16)), (.en, Size(width: 80, height: 24)),
                      (.zh, Size(width: 120, height: 40))])
    func theRegistryLoadsFromTheChooser(language: Language, size: Size) throws {
        let g = try Ground(language: language, size: size)
        let text = catalogue(for: language)
        #expect(g.pilot.screenText.contains(text.loadKindRegistry))
        g.pilot.press(.enter)
        #expect(g.pilot.screenText.contains(text.loadChooseRegistry))
        #expect(g.pilot.screenText.contains("enterprises.csv"))
        g.pilot.press(.escape)
        #expect(!g.pilot.screenText.contains(text.loadChooseRegistry))
        g.load(kind: 0, file: "enterprises.csv")
        #expect(g.pilot.screenText.contains(text.loadDone))
        #expect(try g.enterprises > 10)
        #expect(g.compact.contains(language == .zh ? "新增" : "inserted"))
        #expect(g.pilot.lines.allSatisfy { $0.displayWidth <= size.width })
    }

    @Test(arguments: [Language.zh, .en])
    func aRegistryWithABadRowLoadsNothingAndSaysWhyAsTheCommandDoes(language: Language) throws {
        let g = try Ground(language: language, size: Size(width: 120, height: 40))
        let file = g.folder.appendingPathComponent("enterprises-with-errors.csv")
        let expected = try Self.commandLineMessage(file, language: language)
        g.load(kind: 0, file: "enterprises-with-errors.csv")
        #expect(g.pilot.screenText.contains(catalogue(for: language).loadRefused))
        // The command's message up to its pointer to the rows (which here follow, not precede it).
        #expect(g.compact.contains(expected.replacingOccurrences(of: " ", with: "").prefix(language == .zh ? 38 : 40)))
        #expect(g.compact.contains(language == .zh ? "（见下）" : "(listedbelow)"))
        #expect(!g.compact.contains("--skip-invalid"))
        #expect(try g.enterprises == 0)
    }

    @Test func aTemplateLoads_andABrokenOneChangesNothing() throws {
        let g = try Ground()
        g.load(kind: 1, file: "broken.json")
        #expect(g.pilot.screenText.contains("未载入，数据未改动"))
        #expect(try g.db.checklist(templateId: "employment-risk", version: 2) == nil)
        g.load(kind: 1, file: "employment-risk.v2.json")
        #expect(g.pilot.screenText.contains("载入完成"))
        #expect(g.compact.contains("已载入清单"))
        #expect(try g.db.checklist(templateId: "employment-risk", version: 2) != nil)
    }

    @Test func aReferencePackLoads_andAFakeOneIsRefused() throws {
        let g = try Ground(language: .en)
        g.load(kind: 2, file: "broken.zip")
        #expect(g.pilot.screenText.contains("Not loaded; nothing changed"))
        #expect(try g.enterprises == 0)
        g.load(kind: 2, file: "reference-pack.zip")
        #expect(g.pilot.screenText.contains("Loaded"))
        #expect(g.compact.contains("Enterprises:"))
        #expect(try g.enterprises > 0)
    }

    @Test func theDashboardOpensIt() throws {
        let db = try makeTestDatabase()
        var pilot = makePilot(db: db)
        pilot.press(.character("l"))
        #expect(pilot.program.routes.last == .loadData)
    }
}
