import Foundation
import FieldbookCore
@testable import FieldbookUI
import TerminalKit

/// One screen state to keep as golden frames: the routes the app opens on (as after a restart,
/// the dashboard below them) and the keys pressed then.
struct GoldenScene: Sendable, CustomStringConvertible {
    let name: String
    let routes: @Sendable (GoldenDemo.Records) -> [Route]
    let keys: [Key]
    /// First run: an empty database that nobody has set up.
    var firstRun = false

    var description: String { name }

    init(_ name: String, keys: [Key] = [], firstRun: Bool = false,
         routes: @escaping @Sendable (GoldenDemo.Records) -> [Route]) {
        self.name = name
        self.keys = keys
        self.firstRun = firstRun
        self.routes = routes
    }

    /// Every screen, and the overlays and panels drawn over them.
    static let all: [GoldenScene] = [
        GoldenScene("setup", firstRun: true) { _ in [] },
        GoldenScene("dashboard") { _ in [] },
        GoldenScene("help", keys: [.function(1)]) { _ in [] },
        GoldenScene("quit-dialog", keys: [.character("q")]) { _ in [] },
        GoldenScene("enterprises") { _ in [.enterprises] },
        GoldenScene("enterprises-search", keys: Array("汽车").map { Key.character($0) }) { _ in [.enterprises] },
        GoldenScene("enterprise-detail") { [.enterprises, .enterprise(id: $0.oneVisit.id)] },
        GoldenScene("enterprise-detail-two-visits") { [.enterprises, .enterprise(id: $0.twoVisits.id)] },
        GoldenScene("new-enterprise") { _ in [.newEnterprise] },
        GoldenScene("visit-form") { [.visit(id: $0.todayDraft.id)] },
        GoldenScene("visit-form-new") { [.enterprise(id: $0.twoVisits.id), .newVisit(enterpriseId: $0.twoVisits.id)] },
        GoldenScene("visit-form-completed") { [.visit(id: $0.completed.id)] },
        GoldenScene("checklist") { [.visit(id: $0.todayDraft.id), .checklist(visitId: $0.todayDraft.id)] },
        GoldenScene("checklist-note", keys: [.character("e")]) {
            [.visit(id: $0.todayDraft.id), .checklist(visitId: $0.todayDraft.id)]
        },
        // A referral being written on the focused item (issue 15): the authority chosen, the note typed.
        GoldenScene("checklist-referral", keys: [.character("t"), .right] + typed("搅拌站粉尘无防护")) {
            [.visit(id: $0.todayDraft.id), .checklist(visitId: $0.todayDraft.id)]
        },
        GoldenScene("recommendations") { [.visit(id: $0.wageVisit.id), .recommendations(visitId: $0.wageVisit.id)] },
        GoldenScene("recommendation") {
            [.recommendations(visitId: $0.wageVisit.id), .recommendation(id: $0.wageRecommendation.id)]
        },
        GoldenScene("recommendation-new") {
            [.recommendations(visitId: $0.todayDraft.id), .newRecommendation(visitId: $0.todayDraft.id, itemCode: nil)]
        },
        GoldenScene("review") { [.visit(id: $0.todayDraft.id), .review(visitId: $0.todayDraft.id)] },
        GoldenScene("review-complete-dialog", keys: [.character("c")]) {
            [.visit(id: $0.todayDraft.id), .review(visitId: $0.todayDraft.id)]
        },
        GoldenScene("review-completed") { [.visit(id: $0.completed.id), .review(visitId: $0.completed.id)] },
        GoldenScene("documents-panel", keys: [.character("d")]) {
            [.visit(id: $0.completed.id), .review(visitId: $0.completed.id)]
        },
        // Removing a visit entered by mistake (issue 12, point 4): delete a draft (Keep focused),
        // void a completed visit (the reason typed), the voided visit's review.
        GoldenScene("review-delete-dialog", keys: [.delete]) {
            [.visit(id: $0.todayDraft.id), .review(visitId: $0.todayDraft.id)]
        },
        GoldenScene("review-void-dialog", keys: [.delete] + Array("企业选错").map { Key.character($0) }) {
            [.visit(id: $0.completed.id), .review(visitId: $0.completed.id)]
        },
        GoldenScene("review-voided", keys: [.delete] + Array("企业选错").map { Key.character($0) } + [.enter]) {
            [.visit(id: $0.completed.id), .review(visitId: $0.completed.id)]
        },
        GoldenScene("visit-form-future-date", keys: [.tab, .ctrl("u")] + Array("20270105").map { Key.character($0) } + [.tab]) {
            [.visit(id: $0.todayDraft.id)]
        },
        GoldenScene("attachments") { [.visit(id: $0.todayDraft.id), .attachments(visitId: $0.todayDraft.id)] },
        GoldenScene("follow-ups") { _ in [.followUps] },
        GoldenScene("export") { _ in [.export] },
        // The scope choice on "one day's visits again", with its date field.
        GoldenScene("export-day", keys: [.backTab, .backTab, .right]) { _ in [.export] },
        GoldenScene("load-data") { _ in [.loadData] },
        // Construction projects (issue 15): the register, a new project with the owner being
        // searched, and a visit's project chooser.
        GoldenScene("projects") { _ in [.projects] },
        GoldenScene("project-form", keys: typed("张湾区保障房二期") + [.tab] + typed("花果街道") + [.tab] + typed("武当")) { _ in
            [.projects, .projectForm(id: nil, visitId: nil)]
        },
        GoldenScene("visit-project") { [.visit(id: $0.todayDraft.id), .visitProject(visitId: $0.todayDraft.id)] },
    ]

    /// The keys that type `text`.
    static func typed(_ text: String) -> [Key] { text.map { Key.character($0) } }

    /// The four supported sizes, the documented minimum first.
    static let sizes = [Size(width: 60, height: 16), Size(width: 80, height: 24),
                        Size(width: 120, height: 40), Size(width: 200, height: 60)]

    /// Draws this scene at `size` in `language` on a private copy of the demo.
    func frame(language: Language, size: Size) throws -> (lines: [String], cursor: Point?) {
        let (db, directory): (AppDatabase, URL)
        if firstRun {
            directory = FileManager.default.temporaryDirectory.appendingPathComponent("fb-golden-" + UUID().uuidString)
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            db = try AppDatabase.open(path: directory.appendingPathComponent("fieldbook.sqlite").path, clock: testClock)
        } else {
            (db, directory) = try GoldenDemo.copy(language)
        }
        defer { try? FileManager.default.removeItem(at: directory) }
        let session = SessionStore(databasePath: directory.appendingPathComponent("fieldbook.sqlite").path)
        if !firstRun { session.save([.dashboard] + routes(try GoldenDemo.Records(db))) }
        // Fixed folders, so the export and documents screens show the same path on every machine.
        let env = AppEnvironment(db: db, clock: testClock, language: language,
                                 exportDirectory: "/media/usb/fieldbook", documentDirectory: "/home/liming/documents")
        var pilot = Pilot(FieldbookApp(env: env, session: session, size: size), size: size,
                          minimumSize: FieldbookApp.minimumSize)
        pilot.press(keys)
        let frame = (pilot.lines, pilot.cursor)
        try db.close()
        return frame
    }
}
