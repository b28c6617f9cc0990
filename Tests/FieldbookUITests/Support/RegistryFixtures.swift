import Foundation
import TestSupport
import Testing
@testable import FieldbookCore
@testable import FieldbookUI
import TerminalKit

/// Data for the registry screens' tests: the sample registry and checklist from samples/, the
/// synthetic registry maker, and completed visits at a chosen risk level.
enum RegistryFixtures {
    static let repository = Repository.root

    /// A set-up database with the 66 sample enterprises and the sample checklist.
    static func sampleDatabase(language: Language = .zh) throws -> AppDatabase {
        let db = try makeTestDatabase(language: language)
        let csvURL = repository.appendingPathComponent("samples/enterprises.csv")
        let csv = try EnterpriseCSV.read(try Data(contentsOf: csvURL), file: "enterprises.csv")
        _ = try db.importEnterprises(csv, file: "enterprises.csv", skipInvalid: false)
        _ = try db.loadTemplate(path: repository.appendingPathComponent("samples/checklists/employment-risk.v2.json").path)
        return db
    }

    /// Adds `count` synthetic enterprises (core's demo maker; same seed, same registry).
    static func addSyntheticEnterprises(_ db: AppDatabase, count: Int, seed: UInt64 = 7) throws {
        try db.write { database, change in
            var random = SeededRandom(seed: seed)
            var ids = SyntheticIDs(seed: seed)
            var maker = SyntheticEnterprises()
            for _ in 0..<count {
                _ = try EnterpriseStore.insert(maker.make(&random, ids: &ids), database, change)
            }
        }
    }

    /// Answers that give a visit `level` on the sample checklist.
    static func answers(for level: RiskLevel) -> [(String, AnswerValue)] {
        switch level {
        case .notAssessed: []
        case .low: [("LC-01", .compliant)]
        // A short check (< 20 weight points): the score alone gives at most medium (docs/risk-scoring.md).
        case .medium: [("LC-03", .nonCompliant), ("LC-04", .compliant), ("LC-06", .compliant)]  // 2/5, short → medium
        case .high: [("LC-03", .nonCompliant), ("WG-04", .nonCompliant), ("LC-06", .compliant)] // contracts + wages: F2
        case .major: [("SP-01", .nonCompliant)]                                                  // child labour
        }
    }

    /// A visit on `date` whose answers give `level`; completed unless `draft`.
    @discardableResult
    static func visit(_ db: AppDatabase, enterpriseId: String, date: LocalDate, level: RiskLevel,
                      type: VisitType = .riskScreening, draft: Bool = false) throws -> SiteVisit {
        let visit = try db.startVisit(enterpriseId: enterpriseId, type: type, date: date)
        for (code, value) in answers(for: level) { try db.setAnswer(visitId: visit.id, itemCode: code, value: value) }
        return draft ? try #require(try db.visit(id: visit.id)).visit : try db.completeVisit(id: visit.id)
    }

    static func enterprise(_ db: AppDatabase, named name: String) throws -> Enterprise {
        try #require(try db.searchEnterprises(name, limit: 1).first?.enterprise)
    }
}

/// Both layouts every screen must work in.
let registrySizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

extension Pilot where P == FieldbookApp {
    /// The text of the screen rows (header and status bar excluded).
    var contentText: String { lines.dropFirst().dropLast().joined(separator: "\n") }
}
