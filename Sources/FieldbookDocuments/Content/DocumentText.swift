import FieldbookCore

/// Parts both documents share, in either language.
enum DocumentText {
    static func translationRemark(number: String) -> String {
        "English translation for reference. The Chinese document \(number) is the authoritative text handed to the enterprise."
    }

    static func enterpriseFields(_ enterprise: Enterprise, _ language: Language) -> [DocumentField] {
        let zh = language == .zh
        let contact = [enterprise.contactPerson, enterprise.phone].filter { !$0.isEmpty }.joined(separator: "  ")
        return [
            DocumentField(zh ? "企业名称：" : "Name: ", enterprise.name),
            DocumentField(zh ? "统一社会信用代码：" : "Credit code: ", enterprise.creditCode),
            DocumentField(zh ? "地址：" : "Address: ", enterprise.address),
            DocumentField(zh ? "联系人及电话：" : "Contact: ", contact),
        ]
    }

    static func visitFields(_ visit: SiteVisit, _ language: Language) -> [DocumentField] {
        let zh = language == .zh
        var date = DocumentFormat.date(visit.date, language)
        if let start = visit.startTime {
            date += " \(start)" + (visit.endTime.map { "–\($0)" } ?? "")
        }
        return [
            DocumentField(zh ? "检查日期：" : "Date: ", date),
            DocumentField(zh ? "检查类型：" : "Type: ", visit.type.label(in: language)),
            DocumentField(zh ? "检查人员：" : "Inspectors: ", visit.inspectors.joined(separator: zh ? "、" : ", ")),
        ]
    }

    static func signatures(_ language: Language) -> [DocumentSignature] {
        language == .zh
            ? [DocumentSignature(party: "检查人员（签名）：", dateLabel: "日期："),
               DocumentSignature(party: "企业负责人（签收）：", dateLabel: "日期：")]
            : [DocumentSignature(party: "Inspectors (signature): ", dateLabel: "Date: "),
               DocumentSignature(party: "Enterprise representative (received): ", dateLabel: "Date: ")]
    }
}
