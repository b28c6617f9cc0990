import ArgumentParser
import FieldbookCore
import Foundation

/// `fieldbook void visit|recommendation ID --reason TEXT [--format json]`: voids (作废) a record
/// entered by mistake — the same store call as the interface's Del on a completed or exported one.
struct VoidCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "void",
        abstract: "Void (作废) a visit or recommendation entered by mistake, with a reason.",
        discussion: """
        The record stays, marked voided with who, when and why (audited), and goes to headquarters \
        with the next export; lists show it struck through and no count, figure, risk level or report \
        includes it. It can no longer be changed. Voiding a visit voids its recommendations too. A \
        draft never exported can instead be deleted in the interface (Del).
        """)

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case visit, recommendation
    }

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: ResultFormatOption

    @Argument(help: "visit or recommendation.")
    var kind: Kind

    @Argument(help: "The record's id (`fieldbook list visits|recommendations --format json`); for a visit a unique prefix of at least 8 characters is enough.")
    var id: String

    @Option(help: "Why it is voided (required; at most 500 characters).")
    var reason: String

    func run() throws {
        try CommandContext.run { context in
            let database = try DatabaseAccess.openExisting(store.path(environment: context.environment), context: &context)
            let result: VoidJSON
            switch kind {
            case .visit:
                let visit = try database.voidVisit(id: try VisitLookup.resolve(id, in: database), reason: reason)
                let recommendations = try database.visit(id: visit.id)?.recommendations.count ?? 0
                result = VoidJSON(recordType: SiteVisit.recordType, id: visit.id, voidedAt: visit.voidedAt?.description ?? "",
                                  voidedBy: visit.voidedBy, reason: visit.voidReason ?? "", revision: visit.revision,
                                  recommendationsVoided: recommendations)
            case .recommendation:
                let rec = try database.voidRecommendation(id: id.uppercased(), reason: reason)
                result = VoidJSON(recordType: Recommendation.recordType, id: rec.id, voidedAt: rec.voidedAt?.description ?? "",
                                  voidedBy: rec.voidedBy, reason: rec.voidReason ?? "", revision: rec.revision,
                                  recommendationsVoided: nil)
            }
            if output.json { return context.print(try JSONOutput.encode(result)) }
            let what = kind == .visit ? context.text(zh: "走访", en: "Visit") : context.text(zh: "意见建议", en: "Recommendation")
            context.print(context.text(zh: "\(what) \(result.id) 已作废（原因：\(result.reason)），将随下次导出报送总部。",
                                       en: "\(what) \(result.id) voided (reason: \(result.reason)); it goes to headquarters with the next export."))
            if let count = result.recommendationsVoided, count > 0 {
                context.print(context.text(zh: "其 \(count) 条意见建议一并作废。", en: "Its \(count) recommendation(s) were voided with it."))
            }
        }
    }
}

/// `fieldbook void --format json` (docs/schemas/cli/void.schema.json).
struct VoidJSON: Encodable {
    let recordType: String
    let id: String
    let voidedAt: String
    let voidedBy: String?
    let reason: String
    let revision: Int
    /// For a visit: how many of its recommendations are voided (with it, or before).
    let recommendationsVoided: Int?
}
