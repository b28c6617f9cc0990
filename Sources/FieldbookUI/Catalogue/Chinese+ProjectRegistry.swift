extension Chinese {
    public var projectsTitle: String { "建设项目" }
    public var projectsIntro: String { "工程建设领域检查所涉的建设项目及其建设单位、施工总承包单位和分包单位。" }
    public var projectsNone: String { "尚无建设项目：按 n 新建。" }
    public var keyProjects: String { "建设项目" }
    public var keyNewProject: String { "新建项目" }
    public var keyEditProject: String { "编辑" }
    public var keyDeleteProject: String { "删除" }
    public func projectPartiesSummary(owner: String?, generalContractor: String?, subcontractors: Int) -> String {
        var parts: [String] = []
        if let owner { parts.append("建设 " + owner) }
        if let generalContractor { parts.append("总包 " + generalContractor) }
        if subcontractors > 0 { parts.append("分包 \(subcontractors) 家") }
        return parts.isEmpty ? "尚未填写参建单位" : parts.joined(separator: " · ")
    }
    public var projectDeleteTitle: String { "删除建设项目" }
    public func projectDeleteQuestion(_ name: String) -> String { "删除“\(name)”？删除记录会随下次导出报送总部。" }
    public var projectDeleteConfirm: String { "删除" }
    public func projectDeleted(_ name: String) -> String { "已删除“\(name)”" }

    public var projectFormNewTitle: String { "新建项目" }
    public var projectFormEditTitle: String { "编辑项目" }
    public var projectFormIntro: String { "参建单位从企业名录中选择：输入名称或信用代码查找，Enter 选定。名录中没有的，先在工作台按 n 新增企业。" }
    public func projectFormForVisit(_ enterprise: String) -> String { "本次走访单位“\(enterprise)”须为项目的一方。" }
    public var projectFieldName: String { "项目名称" }
    public var projectFieldLocation: String { "工程地点" }
    public var projectFieldOwner: String { "建设单位" }
    public var projectFieldGeneralContractor: String { "施工总承包" }
    public var projectFieldSubcontractors: String { "分包单位" }
    public var projectPartyPlaceholder: String { "输入名称查找" }
    public var projectSubcontractorPlaceholder: String { "输入名称查找，Enter 添加" }
    public var projectSave: String { "保存项目" }
    public var projectSubcontractorHint: String { "Enter 添加；未输入时 ↑/↓ 选中已添加的，Del 移除" }
    public func projectSubcontractorAdded(_ name: String) -> String { "已添加分包单位：\(name)" }
    public func projectSubcontractorRemoved(_ name: String) -> String { "已移除分包单位：\(name)" }
    public var projectPartyNotChosen: String { "请在列表中选定（↑/↓、Enter）或清空" }
    public func projectUnsaved(_ problem: String) -> String { problem + "；再按 Esc 离开（保留草稿）" }
    public func projectSaved(_ name: String) -> String { "已保存项目“\(name)”" }
    public var projectVisitNotAParty: String { "本次走访单位须为项目一方" }
    public var visitNewProject: String { "＋ 新建项目…" }
}
