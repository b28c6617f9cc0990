import GRDB

/// Judging a duty against the party it binds (review section 6: "CP-02 failed against a labour
/// subcontractor that has no account to open"; "the 10% dispatch limit binds the user firm, not
/// a dispatch agency"). docs/checklist-format.md (`binds`) and docs/domain-model.md.
///
/// The rule, on each of two questions the visit may answer:
/// - construction: when the visit is about a project, the visited enterprise is its owner,
///   general contractor and/or a subcontractor; an item binding only other construction parties
///   is not applicable to it;
/// - dispatch: the visited enterprise is the user firm (the default) or the dispatch agency; an
///   item binding only the other one is not applicable.
/// Such an item is answered 不适用 with a note naming whom it binds (and who that is on the
/// project), so the visit's score leaves it out, the checklist, the documents and headquarters
/// show why, and the inspector can still answer it otherwise. A not-applicable answer this rule
/// wrote goes back to unanswered when the item binds the enterprise again (the project or the
/// role changed); an answer the inspector gave is never touched.
public enum DutyBinding {
    /// Checklist v2's bindings (the file states them; `projects-v1` gives them to a v2 stored
    /// before). 保障农民工工资支付条例: the account, the deposit, the board, the wage officer,
    /// supervision and project insurance are the general contractor's (arts. 26, 30–34); the
    /// labour costs and the payment guarantee the owner's (art. 24, 29); wages, real names, cards
    /// and ledgers whoever employs the workers (the general contractor or a subcontractor);
    /// lawful letting the owner's and the general contractor's (art. 36). 劳务派遣暂行规定: the
    /// share, the posts and disguised dispatch are the user firm's (arts. 3, 4, 27).
    public static let checklistV2: [(String, [DutyHolder])] = [
        ("CP-01", [.generalContractor, .subcontractor]), ("CP-02", [.generalContractor]), ("CP-14", [.owner]),
        ("CP-03", [.generalContractor, .subcontractor]), ("CP-13", [.generalContractor, .subcontractor]),
        ("CP-04", [.generalContractor]), ("CP-05", [.generalContractor]), ("CP-06", [.generalContractor]),
        ("CP-07", [.generalContractor]), ("CP-08", [.generalContractor, .subcontractor]),
        ("CP-09", [.owner, .generalContractor]), ("CP-10", [.generalContractor, .subcontractor]),
        ("CP-11", [.owner]), ("CP-12", [.generalContractor]),
        ("FE-01", [.userFirm]), ("FE-02", [.userFirm]), ("FE-07", [.userFirm]),
    ]

    /// The first words of every note this rule writes: how it knows its own answers.
    public static let notePrefix = "不适用：本项约束"

    /// The parties the visited enterprise is on this visit: its project parties (none when the
    /// visit is about no project) and its dispatch party.
    public static func holders(of visit: SiteVisit, project: Project?) -> Set<DutyHolder> {
        var holders: Set<DutyHolder> = [DutyHolder(visit.dispatchParty)]
        for party in project?.parties(of: visit.enterpriseId) ?? [] { holders.insert(DutyHolder(party)) }
        return holders
    }

    /// The parties `item` binds when none of them is the visited enterprise (so it does not apply
    /// to it), else nil.
    public static func bindsOthers(_ item: ChecklistItem, holders: Set<DutyHolder>) -> [DutyHolder]? {
        for construction in [true, false] {
            let bound = item.binds.filter { $0.isConstruction == construction }
            let held = holders.filter { $0.isConstruction == construction }
            if !bound.isEmpty, !held.isEmpty, held.isDisjoint(with: bound) { return bound }
        }
        return nil
    }

    /// "不适用：本项约束施工总承包单位（中建三局…），本单位在该项目中为分包单位". Chinese, as the
    /// documents are; the project's holder is named when there is one.
    static func note(bound: [DutyHolder], holders: Set<DutyHolder>, project: Project?, _ db: Database) throws -> String {
        var parts: [String] = []
        for holder in bound {
            var text = holder.label.zh
            if holder.isConstruction, let project, let id = project.holder(of: ProjectParty(rawValue: holder.rawValue)!),
               holder != .subcontractor, let name = try Enterprise.fetchOne(db, key: id)?.name {
                text += "（\(name)）"
            }
            parts.append(text)
        }
        let mine = holders.filter { $0.isConstruction == bound[0].isConstruction }.sorted { $0.rawValue < $1.rawValue }
            .map(\.label.zh).joined(separator: "、")
        let role = bound[0].isConstruction ? "本单位在该项目中为\(mine)" : "本单位为\(mine)"
        return notePrefix + parts.joined(separator: "、") + "，" + role
    }

    /// Brings a draft visit's answers in line with the rule (above).
    static func apply(to visit: SiteVisit, _ db: Database, _ change: ChangeContext) throws {
        guard visit.status == .draft, !visit.isVoided else { return }
        let project = try visit.projectId.flatMap { try Project.fetchOne(db, key: $0) }
        let holders = holders(of: visit, project: project)
        let items = try ChecklistItem
            .filter(sql: "templateId = ? AND templateVersion = ? AND binds <> '[]'",
                    arguments: [visit.templateId, visit.templateVersion])
            .fetchAll(db)
        for item in items {
            let answer = try Answer.filter(Answer.Columns.visitId == visit.id && Answer.Columns.itemCode == item.code)
                .fetchOne(db)
            let ours = answer.map { $0.value == .notApplicable && $0.note.hasPrefix(notePrefix) } ?? false
            if let bound = bindsOthers(item, holders: holders) {
                let text = try note(bound: bound, holders: holders, project: project, db)
                let untouched = answer.map { $0.value == .unanswered && $0.note.isEmpty } ?? true
                if untouched || (ours && answer?.note != text) {
                    _ = try AnswerStore.set(visitId: visit.id, itemCode: item.code, value: .notApplicable, note: text,
                                            db, change)
                }
            } else if ours {
                _ = try AnswerStore.set(visitId: visit.id, itemCode: item.code, value: .unanswered, note: "", db, change)
            }
        }
    }
}
