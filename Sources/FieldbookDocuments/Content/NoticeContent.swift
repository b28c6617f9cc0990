import FieldbookCore

/// 整改建议书 / Rectification recommendations: the issuing bureau, number, enterprise and visit,
/// every non-compliant item with what was found, its legal basis and the recommendations with
/// their deadlines, any other recommendations, how to report the rectification, and signatures.
enum NoticeContent {
    static func plan(_ source: DocumentSource, language: Language) throws(DocumentError) -> DocumentPlan {
        let items = source.nonCompliantItems
        let recommendations = source.orderedRecommendations
        guard !items.isEmpty || !recommendations.isEmpty else { throw .nothingToRectify }
        let zh = language == .zh
        let visit = source.visit, enterprise = source.enterprise
        var blocks: [DocumentBlock] = []
        if !zh { blocks.append(.remark(DocumentText.translationRemark(number: source.number(.zh)))) }
        blocks += [
            .title(source.issuer(language)),
            .title(DocumentKind.notice.label(in: language)),
            .trailing(source.number(language)),
            .space(6),
            .paragraph(zh ? "\(enterprise.name)：" : "To: \(enterprise.name)"),
            .paragraph(intro(source, language, hasFindings: !items.isEmpty), indent: zh),
            .heading(zh ? "企业信息" : "Enterprise"),
            .fields(DocumentText.enterpriseFields(enterprise, language)),
            .heading(zh ? "检查情况" : "The visit"),
            .fields(DocumentText.visitFields(visit, language)),
        ]
        var used = Set<String>()
        for (index, item) in items.enumerated() {
            let number = zh ? "\(DocumentFormat.chineseNumeral(index + 1))、" : "\(index + 1). "
            blocks.append(.heading("\(number)\(item.label.text(in: language))（\(item.code)）"))
            let note = source.detail.answers[item.code]?.note.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            var fields = [
                DocumentField(zh ? "发现问题：" : "Finding: ", note.isEmpty ? (zh ? "经检查，该项不符合要求。" : "Found not compliant.") : note),
                DocumentField(zh ? "法律依据：" : "Legal basis: ", item.legalBasis.text(in: language)),
            ]
            if let referral = Self.referral(source.detail.answers[item.code], language) {
                fields.append(DocumentField(zh ? "移送处理：" : "Referred: ", referral))
            }
            let linked = recommendations.filter { $0.itemCodes.contains(item.code) && !used.contains($0.id) }
            if linked.isEmpty {
                fields.append(DocumentField(zh ? "整改建议：" : "Recommendation: ",
                                            zh ? "请依照上述规定予以整改。" : "Rectify in accordance with the provisions above."))
            }
            for recommendation in linked {
                used.insert(recommendation.id)
                fields.append(DocumentField(zh ? "整改建议：" : "Recommendation: ", recommendation.text))
                fields.append(DocumentField(zh ? "整改期限：" : "Deadline: ", DocumentFormat.deadline(recommendation.deadline, language)))
            }
            blocks.append(.fields(fields))
        }
        let others = recommendations.filter { !used.contains($0.id) }
        if !others.isEmpty {
            blocks.append(.heading(items.isEmpty ? (zh ? "意见建议" : "Recommendations") : (zh ? "其他意见建议" : "Other recommendations")))
            for (index, recommendation) in others.enumerated() {
                blocks.append(.fields([
                    DocumentField("\(index + 1). ", recommendation.text),
                    DocumentField("", (zh ? "整改期限：" : "Deadline: ") + DocumentFormat.deadline(recommendation.deadline, language)),
                ]))
            }
        }
        // Hazards outside labour relations found with items that are not findings here.
        let referred = source.checklist.items.filter { item in
            !items.contains { $0.code == item.code } && source.detail.answers[item.code]?.referredTo != nil
        }
        if !referred.isEmpty {
            blocks.append(.heading(zh ? "移送其他部门处理的事项" : "Referred to other authorities"))
            blocks.append(.fields(referred.compactMap { item in
                Self.referral(source.detail.answers[item.code], language).map {
                    DocumentField("\(item.label.text(in: language))（\(item.code)）：", $0)
                }
            }))
        }
        blocks += [
            .heading(zh ? "整改情况报告" : "Reporting the rectification"),
            .paragraph(source.reportLine(language), indent: zh),
            .space(10),
            .signatures(DocumentText.signatures(language)),
        ]
        return DocumentPlan(title: "\(DocumentKind.notice.label(in: language)) \(source.number(language))",
                            language: zh ? "zh-CN" : "en", blocks: blocks,
                            footerNote: "\(DocumentKind.notice.label(in: language))  \(source.number(language))",
                            pageLabel: zh ? .chinese : .english)
    }

    /// "已移送卫生健康主管部门处理（搅拌站粉尘作业无防护）", or nil without a referral.
    static func referral(_ answer: Answer?, _ language: Language) -> String? {
        guard let answer, let authority = answer.referredTo else { return nil }
        let note = answer.referralNote.map { language == .zh ? "（\($0)）" : " (\($0))" } ?? ""
        return language == .zh ? "已移送\(authority.authority.zh)处理\(note)"
                               : "Referred to \(authority.authority.en)\(note)"
    }

    private static func intro(_ source: DocumentSource, _ language: Language, hasFindings: Bool) -> String {
        let visit = source.visit
        let inspectors = visit.inspectors.joined(separator: language == .zh ? "、" : ", ")
        if language == .zh {
            let who = inspectors.isEmpty ? "我局检查人员" : "我局检查人员\(inspectors)"
            let opening = "\(DocumentFormat.date(visit.date, .zh))，\(who)对你单位开展了\(visit.type.label(in: .zh))。"
            return hasFindings
                ? opening + "经检查，你单位存在下列不符合劳动保障法律法规规定的情形。现依据有关规定提出整改建议，请你单位在规定期限内完成整改，并按本建议书的要求报告整改情况。"
                : opening + "现就你单位的用工管理提出以下意见建议，请你单位在规定期限内落实，并按本建议书的要求报告落实情况。"
        }
        let who = inspectors.isEmpty ? "inspectors of this bureau" : "inspectors of this bureau (\(inspectors))"
        let opening = "On \(visit.date.description), \(who) carried out a \(visit.type.label(in: .en)) at your enterprise."
        return hasFindings
            ? opening + " The items below were found not to comply with labour and social-security law. Please rectify them within the deadlines given and report the rectification as this notice asks."
            : opening + " Please act on the recommendations below within the deadlines given and report as this notice asks."
    }
}
