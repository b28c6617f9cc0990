import FieldbookCore

/// 现场检查记录 / Visit record: the visit, the workforce figures, every checklist item with its
/// answer mark (✓ ✗ – ·) and note, score and risk level, the recommendations, and signatures.
enum RecordContent {
    static func plan(_ source: DocumentSource, language: Language) -> DocumentPlan {
        let zh = language == .zh
        let visit = source.visit
        var blocks: [DocumentBlock] = []
        if !zh { blocks.append(.remark(DocumentText.translationRemark(number: source.number(.zh)))) }
        blocks += [
            .title(source.issuer(language)),
            .title(DocumentKind.record.label(in: language)),
            .trailing(source.number(language)),
            .heading(zh ? "企业信息" : "Enterprise"),
            .fields(DocumentText.enterpriseFields(source.enterprise, language)),
            .heading(zh ? "检查情况" : "The visit"),
            .fields(DocumentText.visitFields(visit, language) + TypeFactsContent.fields(source, language)),
        ]
        blocks += TypeFactsContent.summonsBlocks(visit, language)
        // A summons at the bureau and a briefing for many enterprises count no one's workforce.
        if visit.type.recordsWorkforce {
            blocks += [.heading(zh ? "用工情况" : "Workforce"), .fields(workforce(visit, language))]
        }
        // A summons, a briefing or a mediation that answered no checklist item prints no empty checklist.
        if visit.type.recordsWorkforce || !source.detail.answers.isEmpty {
            blocks += checklistBlocks(source, language: language)
        }
        let recommendations = source.orderedRecommendations
        if !recommendations.isEmpty {
            blocks.append(.heading(zh ? "意见建议" : "Recommendations"))
            blocks.append(.fields(recommendations.enumerated().map { index, recommendation in
                let items = recommendation.itemCodes.isEmpty ? "" : "［\(recommendation.itemCodes.joined(separator: "、"))］"
                let deadline = (zh ? "整改期限：" : "deadline: ") + DocumentFormat.deadline(recommendation.deadline, language)
                return DocumentField("\(index + 1). ", "\(items)\(recommendation.text)（\(deadline)）")
            }))
        }
        if !visit.notes.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            blocks += [.heading(zh ? "备注" : "Notes"), .paragraph(visit.notes)]
        }
        blocks += [.space(10), .signatures(DocumentText.signatures(language))]
        return DocumentPlan(title: "\(DocumentKind.record.label(in: language)) \(source.number(language))",
                            language: zh ? "zh-CN" : "en", blocks: blocks,
                            footerNote: "\(DocumentKind.record.label(in: language))  \(source.number(language))",
                            pageLabel: zh ? .chinese : .english)
    }

    /// The checklist table, item by item, and the assessment (counts, score, level).
    private static func checklistBlocks(_ source: DocumentSource, language: Language) -> [DocumentBlock] {
        let zh = language == .zh
        let visit = source.visit
        var blocks: [DocumentBlock] = [
            .heading(zh ? "检查项目" : "Checklist"),
            .paragraph(zh ? "结果：✓ 符合　✗ 不符合　– 不适用　· 未查"
                          : "Result: ✓ compliant   ✗ non-compliant   – not applicable   · not checked"),
        ]
        var rows: [DocumentTable.Row] = []
        for section in source.checklist.sections {
            rows.append(.section("\(section.section.code)  \(section.section.title.text(in: language))"))
            for item in section.items {
                let answer = source.detail.answers[item.code]
                rows.append(.cells([item.code, item.label.text(in: language), DocumentFormat.mark(answer?.value),
                                    answer?.note ?? ""]))
            }
        }
        blocks.append(.table(DocumentTable(columns: [
            .init(zh ? "编号" : "Code", share: 0.11),
            .init(zh ? "检查项目" : "Item", share: 0.47),
            .init(zh ? "结果" : "Result", share: 0.08, centred: true),
            .init(zh ? "情况说明" : "Note", share: 0.34),
        ], rows: rows)))
        let answers = source.checklist.items.map { source.detail.answers[$0.code]?.value ?? .unanswered }
        let count = { (value: AnswerValue) in answers.filter { $0 == value }.count }
        blocks += [
            .heading(zh ? "评估结果" : "Assessment"),
            .fields([
                DocumentField(zh ? "检查项：" : "Items: ", zh
                    ? "共 \(answers.count) 项：符合 \(count(.compliant)) 项，不符合 \(count(.nonCompliant)) 项，不适用 \(count(.notApplicable)) 项，未查 \(count(.unanswered)) 项"
                    : "\(answers.count) in all: \(count(.compliant)) compliant, \(count(.nonCompliant)) non-compliant, \(count(.notApplicable)) not applicable, \(count(.unanswered)) not checked"),
                DocumentField(zh ? "风险得分：" : "Risk score: ", visit.score.map { DocumentFormat.decimal($0) } ?? "—"),
                DocumentField(zh ? "风险等级：" : "Risk level: ", visit.riskLevel.label(in: language)),
            ]),
        ]
        return blocks
    }

    private static func workforce(_ visit: SiteVisit, _ language: Language) -> [DocumentField] {
        let zh = language == .zh
        return [
            DocumentField(zh ? "职工人数：" : "Employees: ", DocumentFormat.count(visit.employees)),
            DocumentField(zh ? "签订书面劳动合同：" : "Written contracts: ", DocumentFormat.count(visit.writtenContracts)),
            DocumentField(zh ? "参加社会保险：" : "Social insurance enrolled: ", DocumentFormat.count(visit.socialInsuranceEnrolled)),
            DocumentField(zh ? "劳务派遣人员：" : "Dispatched workers: ", DocumentFormat.count(visit.dispatchedWorkers)),
            DocumentField(zh ? "农民工：" : "Migrant workers: ", DocumentFormat.count(visit.migrantWorkers)),
        ]
    }
}
