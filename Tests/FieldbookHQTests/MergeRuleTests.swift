import Foundation
import Testing
import FieldbookCore
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
        Case(name: "the same data ranked higher (another revision) is taken without a conflict",
             existing: .init(revision: 3, device: "A"), incoming: .init(revision: 5, device: "B"), base: nil,
             sameContent: true, expected: .update),
        Case(name: "the very same version again is unchanged",
             existing: .init(revision: 3, device: "A"), incoming: .init(revision: 3, device: "A"), base: nil,
             sameContent: true, expected: .unchanged),
        Case(name: "same device, higher revision updates",
             existing: .init(revision: 2, device: "A"), incoming: .init(revision: 3, device: "A"), base: nil,
             expected: .update),
        Case(name: "same device, lower revision is older",
             existing: .init(revision: 4, device: "A"), incoming: .init(revision: 3, device: "A"), base: nil,
             expected: .older),
        Case(name: "same device, same revision, other content is a conflict (two histories under one number)",
             existing: .init(revision: 4, device: "A", content: "b"), incoming: .init(revision: 4, device: "A", content: "a"),
             base: nil, expected: .conflict),
        Case(name: "…and the ranking decides which of the two is current (here the later change)",
             existing: .init(revision: 4, device: "A", changedAt: t(1)), incoming: .init(revision: 4, device: "A", changedAt: t(2)),
             base: nil, expected: .overtake),
        Case(name: "same device ignores the base",
             existing: .init(revision: 4, device: "A"), incoming: .init(revision: 5, device: "A"), base: 1,
             expected: .update),
        Case(name: "another device's version, edited on top of it (base = its revision), updates",
             existing: .init(revision: 2, device: "hq"), incoming: .init(revision: 3, device: "A"), base: 2,
             expected: .update),
        Case(name: "another device's version, base above it, updates",
             existing: .init(revision: 2, device: "B"), incoming: .init(revision: 4, device: "A"), base: 3,
             expected: .update),
        Case(name: "another device's version, base below it, is a concurrent edit: the higher revision becomes current",
             existing: .init(revision: 3, device: "B"), incoming: .init(revision: 4, device: "A"), base: 2,
             expected: .overtake),
        Case(name: "a concurrent edit with the lower revision is set aside, however late it was made",
             existing: .init(revision: 4, device: "B", changedAt: t(1)), incoming: .init(revision: 3, device: "A", changedAt: t(9)),
             base: 2, expected: .conflict),
        Case(name: "another device's version, no base (visits and what they own), is concurrent",
             existing: .init(revision: 1, device: "B"), incoming: .init(revision: 9, device: "A"), base: nil,
             expected: .overtake),
        Case(name: "equal revisions: the later change time becomes current",
             existing: .init(revision: 3, device: "B", changedAt: t(5)), incoming: .init(revision: 3, device: "A", changedAt: t(6)),
             base: 2, expected: .overtake),
        Case(name: "equal revisions, earlier change time: set aside",
             existing: .init(revision: 3, device: "A", changedAt: t(6)), incoming: .init(revision: 3, device: "B", changedAt: t(5)),
             base: 2, expected: .conflict),
        Case(name: "equal revision and time: the greater device id becomes current",
             existing: .init(revision: 3, device: "A", changedAt: t(5)), incoming: .init(revision: 3, device: "B", changedAt: t(5)),
             base: 2, expected: .overtake),
        Case(name: "equal revision and time: HQ's registry (hq) ranks above any device id",
             existing: .init(revision: 2, device: "hq", changedAt: t(5)), incoming: .init(revision: 2, device: "F9", changedAt: t(5)),
             base: 1, expected: .conflict),
        Case(name: "another device's version, base covers it but the revision is not newer, is concurrent",
             existing: .init(revision: 3, device: "B"), incoming: .init(revision: 3, device: "A"), base: 3,
             expected: .conflict),
        Case(name: "a deletion by the device that wrote HQ's version is its history: it applies",
             existing: .init(revision: 2, device: "A"), incoming: .init(revision: 3, device: "A", isDeletion: true), base: nil,
             expected: .update),
        Case(name: "a deletion by another device never wins over a live version, whatever its revision",
             existing: .init(revision: 1, device: "hq"), incoming: .init(revision: 7, device: "A", isDeletion: true), base: 6,
             expected: .conflict),
        Case(name: "a live version from another device brings a record deleted by a third back",
             existing: .init(revision: 4, device: "A", isDeletion: true), incoming: .init(revision: 2, device: "B"), base: 1,
             expected: .overtake),
        Case(name: "two deletions agree: the better-ranked one is kept, no conflict",
             existing: .init(revision: 2, device: "A", isDeletion: true), incoming: .init(revision: 3, device: "B", isDeletion: true),
             base: nil, expected: .update),
        Case(name: "the same data from another device with a lower rank changes nothing",
             existing: .init(revision: 3, device: "B"), incoming: .init(revision: 2, device: "A"), base: nil,
             sameContent: true, expected: .unchanged),
    ]

    @Test("decide", arguments: cases)
    func decide(_ c: Case) {
        #expect(MergeRule.decide(existing: c.existing, incoming: c.incoming, base: c.base, sameContent: c.sameContent)
                == c.expected)
    }

    static func t(_ second: Int) -> Timestamp { Timestamp(Date(timeIntervalSince1970: 1_714_960_800 + Double(second))) }

    @Test("never an update that loses another writer's edit: any base below HQ's revision keeps both in a conflict")
    func noSilentOverwrite() {
        for held in 1...6 {
            for base in 0..<held {
                for revision in 1...8 {
                    let decision = MergeRule.decide(existing: .init(revision: held, device: "B"),
                                                    incoming: .init(revision: revision, device: "A"),
                                                    base: base, sameContent: false)
                    #expect(decision == .conflict || decision == .overtake, "held \(held), base \(base), incoming \(revision)")
                }
            }
        }
    }

    @Test("the decision is symmetric: of two concurrent versions the same one is current whichever HQ held first")
    func symmetric() {
        var random = SeededRandom(seed: 13)
        for _ in 0..<2_000 {
            func any() -> MergeVersion {
                MergeVersion(revision: 1 + random.below(3), device: random.pick(["A", "B", "hq"]), changedAt: Self.t(random.below(3)),
                             isDeletion: random.chance(20), content: random.pick(["x", "y"]))
            }
            let a = any(), b = any()
            guard a != b, a.device != b.device else { continue }
            let ab = MergeRule.decide(existing: a, incoming: b, base: nil, sameContent: false)
            let ba = MergeRule.decide(existing: b, incoming: a, base: nil, sameContent: false)
            let bWinsFirst = ab == .overtake || ab == .update, aWinsSecond = ba == .overtake || ba == .update
            #expect(bWinsFirst != aWinsSecond, "\(a) / \(b): \(ab), \(ba)")
        }
    }
}
