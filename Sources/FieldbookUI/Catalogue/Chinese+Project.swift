extension Chinese {
    public var visitProjectTitle: String { "建设项目" }
    public var visitProjectIntro: String {
        "选择本次走访所涉建设项目。施工类检查项按本单位在项目中的身份判断：约束建设单位、总承包单位或分包单位中其他方的项，自动标为不适用并注明由谁负责。"
    }
    public var visitProjectLocked: String { "该走访已完成或已作废，不能再更改所涉项目。" }
    public var visitNoProject: String { "（不涉及建设项目）" }
    public var visitNoProjectsYet: String { "本单位尚不是任何建设项目的参建方：按 n 新建项目。" }
    public var keyChooseProject: String { "选定" }
    public var keyDispatchAgency: String { "派遣身份" }
    public var keyVisitProject: String { "建设项目" }
    public func visitDispatchRole(_ role: String) -> String { "Alt-a 劳务派遣中本单位为：\(role)" }
    public func visitProjectLine(_ project: String, _ parties: String) -> String { "项目：\(project)（\(parties)）" }
}
