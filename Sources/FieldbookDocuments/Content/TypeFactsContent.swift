import FieldbookCore

/// The part of the visit record that depends on the visit's type (visit-types-v1): a summons'
/// person, reason, record and commitments, a briefing's attending enterprises and what was handed
/// out, the persons met otherwise; and whether the workforce figures belong on it.
enum TypeFactsContent {
    /// The fields under "检查情况 / The visit", after date, type and inspectors.
    static func fields(_ source: DocumentSource, _ language: Language) -> [DocumentField] {
        let zh = language == .zh
        let visit = source.visit
        var fields: [DocumentField] = []
        func add(_ zhLabel: String, _ enLabel: String, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            fields.append(DocumentField(zh ? zhLabel : enLabel, value))
        }
        add("地点：", "Place: ", visit.place)
        switch visit.type {
        case .summons:
            let person = [visit.summonedPerson, visit.summonedRole].compactMap { $0 }.joined(separator: zh ? "，" : ", ")
            add("被约谈人：", "Person summoned: ", person)
            add("约谈事由：", "Reason: ", visit.summonsReason)
        case .policyBriefing:
            let names = [source.enterprise.name] + source.detail.participants.map(\.enterprise.name)
            add("参加企业：", "Attending enterprises: ",
                (zh ? "\(names.count)家：" : "\(names.count): ") + names.joined(separator: zh ? "、" : "; "))
            add("参加人数：", "Attendees: ", visit.attendees.map(String.init))
            add("参会人员：", "Attended by: ", visit.attendeeNames)
            let copies = visit.materialsCount.map { zh ? "（\($0)份）" : " (\($0) copies)" } ?? ""
            add("发放资料：", "Materials handed out: ", visit.materials.map { $0 + copies } ?? (copies.isEmpty ? nil : copies))
            add("解答疑问：", "Questions answered: ", visit.questionsAnswered.map { zh ? "\($0)个" : String($0) })
            add("现场释法：", "On-site legal Q&A: ", visit.legalSessions.map { zh ? "\($0)场" : "\($0) sessions" })
        default:
            fields.append(DocumentField(zh ? "企业接待人员：" : "Persons met: ", visit.personsMet))
        }
        return fields
    }

    /// A summons' record of the talk and its commitments, as their own section.
    static func summonsBlocks(_ visit: SiteVisit, _ language: Language) -> [DocumentBlock] {
        guard visit.type == .summons else { return [] }
        let zh = language == .zh
        var blocks: [DocumentBlock] = []
        if let record = visit.talkRecord {
            blocks += [.heading(zh ? "约谈记录" : "Record of the talk"), .paragraph(record)]
        }
        if let commitments = visit.commitments {
            let due = visit.commitmentDate.map {
                zh ? "（承诺于\(DocumentFormat.date($0, language))前完成）" : " (by \(DocumentFormat.date($0, language)))"
            } ?? ""
            blocks += [.heading(zh ? "企业承诺" : "Commitments"), .paragraph(commitments + due)]
        }
        return blocks
    }
}
