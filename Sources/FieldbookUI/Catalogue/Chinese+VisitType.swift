extension Chinese {
    public var visitFieldPlace: String { "地点" }
    public var visitFieldSummonedPerson: String { "被约谈人" }
    public var visitFieldSummonedRole: String { "职务" }
    public var visitFieldSummonsReason: String { "约谈事由" }
    public var visitFieldTalkRecord: String { "约谈记录" }
    public var visitFieldCommitments: String { "承诺事项" }
    public var visitFieldCommitmentDate: String { "承诺日期" }
    public var visitFieldParticipants: String { "参加企业" }
    public var visitFieldAttendeeNames: String { "参会人员" }
    public var visitFieldMaterials: String { "发放资料" }
    public var visitFieldMaterialsCount: String { "资料份数" }
    public var visitFieldQuestions: String { "解答疑问" }
    public var visitFieldLegalSessions: String { "现场释法" }
    public var visitPlacePlaceholder: String { "会议室、场所" }
    public var visitTalkRecordPlaceholder: String { "约谈经过：告知的规定、企业的说明" }
    public var visitCommitmentsPlaceholder: String { "企业承诺的整改事项" }
    public var visitMaterialsPlaceholder: String { "资料名称" }
    public var visitAttendeeNamesPlaceholder: String { "姓名或身份" }
    public var visitParticipantsPlaceholder: String { "输入名称或代码添加企业" }
    public func visitParticipantsHint(count: Int, removable: Bool) -> String {
        "共\(count)家（含本企业）· 输入名称后 Enter 添加" + (removable ? " · Del 移出" : "")
    }
    public var visitParticipantRemoveHint: String { "选择要移出的企业：Enter 移出，Esc 取消" }
    public func visitParticipantAdded(_ name: String) -> String { "已添加参加企业：\(name)" }
    public func visitParticipantRemoved(_ name: String) -> String { "已移出参加企业：\(name)" }
    public var visitParticipantOwn: String { "（本次走访企业）" }
    public var keyRemoveParticipant: String { "移出企业" }
}
