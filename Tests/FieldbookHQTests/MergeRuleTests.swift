import Testing
@testable import FieldbookHQ

/// The rule of docs/hq.md as a table: no database, every case of every record kind.
@Suite("The merge rule")
struct MergeRuleTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var existing: MergeVersion
        var incoming: MergeVersion
        var base: Int?
        var sameContent = false
        var expected: MergeDecision
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "same content is unchanged whoever sent it",
             existing: .init(revision: 3, device: "A"), incoming: .init(revision: 5, device: "B"), base: nil,
             sameContent: true, expected: .unchanged),
        Case(name: "same device, higher revision updates",
             existing: .init(revision: 2, device: "A"), incoming: .init(revision: 3, device: "A"), base: nil,
             expected: .update),
        Case(name: "same device, lower revision is older",
             existing: .init(revision: 4, device: "A"), incoming: .init(revision: 3, device: "A"), base: nil,
             expected: .older),
        Case(name: "same device, same revision, other content is a conflict (two histories under one number)",
             existing: .init(revision: 4, device: "A"), incoming: .init(revision: 4, device: "A"), base: nil,
             expected: .conflict),
        Case(name: "same device ignores the base",
             existing: .init(revision: 4, device: "A"), incoming: .init(revision: 5, device: "A"), base: 1,
             expected: .update),
        Case(name: "another device's version, edited on top of it (base = its revision), updates",
             existing: .init(revision: 2, device: "hq"), incoming: .init(revision: 3, device: "A"), base: 2,
             expected: .update),
        Case(name: "another device's version, base above it, updates",
             existing: .init(revision: 2, device: "B"), incoming: .init(revision: 4, device: "A"), base: 3,
             expected: .update),
        Case(name: "another device's version, base below it, is a concurrent edit",
             existing: .init(revision: 3, device: "B"), incoming: .init(revision: 4, device: "A"), base: 2,
             expected: .conflict),
        Case(name: "another device's version, no base (visits and what they own), is a conflict",
             existing: .init(revision: 1, device: "B"), incoming: .init(revision: 9, device: "A"), base: nil,
             expected: .conflict),
        Case(name: "another device's version, base covers it but the revision is not newer, is a conflict",
             existing: .init(revision: 3, device: "B"), incoming: .init(revision: 3, device: "A"), base: 3,
             expected: .conflict),
    ]

    @Test("decide", arguments: cases)
    func decide(_ c: Case) {
        #expect(MergeRule.decide(existing: c.existing, incoming: c.incoming, base: c.base, sameContent: c.sameContent)
                == c.expected)
    }

    @Test("never an update that loses another writer's edit: any base below HQ's revision is a conflict")
    func noSilentOverwrite() {
        for held in 1...6 {
            for base in 0..<held {
                for revision in 1...8 {
                    let decision = MergeRule.decide(existing: .init(revision: held, device: "B"),
                                                    incoming: .init(revision: revision, device: "A"),
                                                    base: base, sameContent: false)
                    #expect(decision == .conflict, "held \(held), base \(base), incoming \(revision)")
                }
            }
        }
    }
}
