import FieldbookCore
import FieldbookDocuments
import Foundation

/// Demo databases with a fixed clock, and the visits the documents are tested on.
enum DocumentFixtures {
    static let clock = AppClock.fixed(Date(timeIntervalSince1970: 1_780_000_000)) // 2026-05-28, Asia/Shanghai

    static func demo() throws -> AppDatabase {
        let database = try AppDatabase.inMemory(clock: clock)
        try database.fillDemo(language: .zh)
        return database
    }

    /// Completed demo visits, with their details, that have something for a notice.
    static func noticeVisits(_ database: AppDatabase) throws -> [VisitDetail] {
        try completed(database).filter { detail in
            !detail.recommendations.isEmpty || detail.answers.values.contains { $0.value == .nonCompliant }
        }
    }

    static func completed(_ database: AppDatabase) throws -> [VisitDetail] {
        try database.visits(offset: 0, limit: 100).rows.compactMap { try database.visit(id: $0.id) }
            .filter { $0.visit.status == .completed }
    }

    static func renderer() throws -> DocumentRenderer { try DocumentRenderer.system() }

    /// Text with all white space removed, so wrapped lines compare with the text they came from.
    static func squeezed(_ text: String) -> String {
        String(text.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) }.map(Character.init))
    }
}
