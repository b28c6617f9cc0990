/// Names of fields as error messages show them.
enum FieldName {
    static let inspectorName = Bilingual(zh: "检查员姓名", en: "inspector name")
    static let enterpriseName = Bilingual(zh: "企业名称", en: "enterprise name")
    static let employees = Bilingual(zh: "职工人数", en: "employees")
    static let writtenContracts = Bilingual(zh: "签订书面劳动合同人数", en: "workers with written contracts")
    static let socialInsurance = Bilingual(zh: "参加社会保险人数", en: "workers enrolled in social insurance")
    static let dispatched = Bilingual(zh: "劳务派遣人数", en: "dispatched workers")
    static let migrant = Bilingual(zh: "农民工人数", en: "migrant workers")
    static let attendees = Bilingual(zh: "参加人数", en: "attendees")
    static let recommendationText = Bilingual(zh: "意见建议内容", en: "recommendation text")
    static let enterprise = Bilingual(zh: "企业", en: "enterprise")
    static let visit = Bilingual(zh: "走访记录", en: "visit")
    static let recommendation = Bilingual(zh: "意见建议", en: "recommendation")
    static let template = Bilingual(zh: "检查清单", en: "checklist template")
    static let evidenceNote = Bilingual(zh: "整改佐证", en: "rectification evidence")
    static let referredTo = Bilingual(zh: "移交单位", en: "referred to")
}
