import Foundation
import Testing
@testable import FieldbookCore

/// Recommendations as a bureau writes them: finding with figures, full law and article, "建议…于
/// YYYY年M月D日前…", where to report; golden texts for every critical item of checklist v2.
@Suite("Recommendation prefill and rectification deadlines")
struct RecommendationPrefillTests {
    static let v2: Checklist = try! TemplateStore.parse(
        try! Data(contentsOf: Fixtures.repositoryRoot.appendingPathComponent("samples/checklists/employment-risk.v2.json")),
        loadedAt: Timestamp(Fixtures.now))

    static func prefill(_ code: String, _ figures: AnswerFigures, visit: LocalDate, language: Language = .zh) throws -> String {
        let item = try #require(v2.item(code: code))
        let period = try #require(RectificationPeriod(item: item))
        return try #require(RecommendationPrefill.text(item: item, figures: figures, deadline: period.due(from: visit),
                                                       atOnce: period.days == 0, reportTo: DocumentSettings.standard.issuer,
                                                       language: language))
    }

    // The review's example: LC-01, 30 calendar days from 15 June 2025 → 15 July 2025.
    @Test("LC-01 with 12 workers reads as the bureau's own screening opinion")
    func bureauExample() throws {
        #expect(try Self.prefill("LC-01", AnswerFigures(workers: 12), visit: LocalDate("2025-06-15")!) ==
            "经排查，你单位存在未与12名劳动者订立书面劳动合同的情况，不符合《中华人民共和国劳动合同法》第十条的规定。"
            + "建议你单位于2025年7月15日前与上述劳动者补订书面劳动合同，并将整改情况及佐证材料报送十堰市人力资源和社会保障局。")
        #expect(try Self.prefill("LC-01", .none, visit: LocalDate("2025-06-15")!, language: .en) ==
            "The screening found that workers have no written labour contract, contrary to PRC Labour Contract Law, art. 10. "
            + "We recommend that you sign written labour contracts with these workers by 15 July 2025, and report the "
            + "rectification with supporting evidence to Shiyan Municipal Human Resources and Social Security Bureau.")
    }

    @Test("Every critical item of v2 has a golden prefill")
    func criticalItems() throws {
        let critical = Self.v2.items.filter(\.critical).map(\.code)
        #expect(critical == ["SP-01", "SP-05", "CP-03", "RS-01"])
        let visit = LocalDate("2026-09-30")! // a Wednesday before the National Day holidays
        #expect(try Self.prefill("SP-01", AnswerFigures(workers: 2), visit: visit) ==
            "经排查，你单位存在使用2名未满16周岁未成年人的情况，不符合《中华人民共和国劳动法》第十五条和《禁止使用童工规定》第二条、第六条的规定。"
            + "建议你单位立即停止使用童工，将其送回原居住地交其父母或者其他监护人，所需交通和食宿费用由你单位承担，并将整改情况及佐证材料报送十堰市人力资源和社会保障局。")
        #expect(try Self.prefill("SP-05", AnswerFigures(workers: 6), visit: visit) ==
            "经排查，你单位存在强迫劳动或者限制劳动者人身自由的情况，涉及6名劳动者，不符合《中华人民共和国劳动法》第九十六条和《中华人民共和国劳动合同法》第八十八条的规定。"
            + "建议你单位立即停止强迫劳动和限制人身自由的行为，并将整改情况及佐证材料报送十堰市人力资源和社会保障局。")
        // 3 working days from 30 September: 1–3 October are public holidays, 4 October a Sunday → 7 October.
        #expect(try Self.prefill("CP-03", AnswerFigures(workers: 120, amountYuan: 960_000, months: 2), visit: visit) ==
            "经排查，你单位存在拖欠120名农民工2个月工资共计960,000元的情况，不符合《保障农民工工资支付条例》第三条、第十二条的规定。"
            + "建议你单位于2026年10月7日前足额支付拖欠的农民工工资，并将整改情况及佐证材料报送十堰市人力资源和社会保障局。")
        #expect(try Self.prefill("RS-01", AnswerFigures(workers: 35), visit: visit) ==
            "经排查，你单位近3个月发生35人集体讨薪、停工或者上访事件（参照《企业劳动保障守法诚信等级评价办法》（人社部规〔2016〕1号）第七条）。"
            + "建议你单位立即妥善处置劳动者诉求，化解矛盾纠纷，并将整改情况及佐证材料报送十堰市人力资源和社会保障局。")
    }

    @Test("Figures left out leave their bracketed part out, never a placeholder")
    func missingFigures() throws {
        let text = try Self.prefill("CP-03", AnswerFigures(workers: 40), visit: LocalDate("2026-11-02")!)
        #expect(text.hasPrefix("经排查，你单位存在拖欠40名农民工工资的情况，"))
        #expect(!text.contains("{") && !text.contains("["))
    }

    @Test("Working-day periods skip weekends and statutory holidays; calendar periods do not")
    func deadlines() {
        #expect(LocalDate("2026-12-04")!.isoWeekday == 5) // a Friday
        #expect(LocalDate("2027-01-01")!.isoWeekday == 5)
        let three = RectificationPeriod(days: 3, workingDays: true)
        #expect(three.due(from: LocalDate("2026-12-04")!) == LocalDate("2026-12-09")!) // Mon, Tue, Wed
        #expect(three.due(from: LocalDate("2026-09-30")!) == LocalDate("2026-10-07")!)
        // Spring Festival 2027: 5–8 February (Friday to Monday) are holidays.
        #expect(three.due(from: LocalDate("2027-02-04")!) == LocalDate("2027-02-11")!)
        #expect(RectificationPeriod(days: 30, workingDays: false).due(from: LocalDate("2026-09-30")!) == LocalDate("2026-10-30")!)
        #expect(RectificationPeriod(days: 0, workingDays: true).due(from: LocalDate("2026-10-01")!) == LocalDate("2026-10-01")!)
        #expect(three.label(in: .zh) == "3个工作日（不含周末和法定节假日）")
        #expect(PublicHolidays.coveredYears == 2026...2027)
    }

    @Test("Where to report comes from the database's document settings (the issuing bureau)")
    func reportToTheIssuer() throws {
        let db = try Fixtures.database()
        #expect(try db.documentSettings().issuer.zh == "十堰市人力资源和社会保障局")
        var settings = try db.documentSettings()
        settings.issuerZh = "郧阳区人力资源和社会保障局"
        settings.issuerEn = "Yunyang District Human Resources and Social Security Bureau"
        try db.saveDocumentSettings(settings)
        let item = try #require(Self.v2.item(code: "SI-01"))
        let text = try #require(RecommendationPrefill.text(item: item, figures: AnswerFigures(workers: 65),
                                                           deadline: LocalDate("2026-12-19")!, atOnce: false,
                                                           reportTo: try db.documentSettings().issuer, language: .zh))
        #expect(text == "经排查，你单位存在未为65名职工办理社会保险登记的情况，不符合《中华人民共和国社会保险法》第五十八条的规定。"
                + "建议你单位于2026年12月19日前为上述职工办理社会保险登记，并将整改情况及佐证材料报送郧阳区人力资源和社会保障局。")
    }
}
