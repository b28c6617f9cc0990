/// Why a project, or a visit's link to one, is refused: one line in the inspector's language.
public enum ProjectError: Error, Equatable, Sendable, UserFacingError {
    case emptyName
    case unknownEnterprise(id: String)
    /// The same enterprise twice among the parties where that cannot be (a subcontractor that is
    /// also the general contractor, or listed twice).
    case partyTwice(name: String)
    case notAParty(enterprise: String, project: String)
    case hasVisits(project: String, count: Int)
    case notFound(id: String)

    public func message(in language: Language) -> String {
        switch (self, language) {
        case (.emptyName, .zh): "项目名称不能为空"
        case (.emptyName, .en): "the project name must not be empty"
        case let (.unknownEnterprise(id), .zh): "名录中没有编号为 \(id) 的企业；请先新增该企业（含统一社会信用代码）"
        case let (.unknownEnterprise(id), .en):
            "no enterprise \(id) in the registry; add it first (with its credit code)"
        case let (.partyTwice(name), .zh): "“\(name)”在项目中重复出现（总承包单位不能同时是分包单位）"
        case let (.partyTwice(name), .en):
            "\(name) appears twice among the parties (the general contractor cannot also be a subcontractor)"
        case let (.notAParty(enterprise, project), .zh):
            "“\(enterprise)”不是项目“\(project)”的建设单位、总承包单位或分包单位；请先在项目中添加"
        case let (.notAParty(enterprise, project), .en):
            "\(enterprise) is not the owner, general contractor or a subcontractor of \(project); add it to the project first"
        case let (.hasVisits(project, count), .zh): "项目“\(project)”已有 \(count) 次走访，不能删除"
        case let (.hasVisits(project, count), .en): "\(project) has \(count) visit\(count == 1 ? "" : "s") and cannot be deleted"
        case let (.notFound(id), .zh): "找不到项目 \(id)"
        case let (.notFound(id), .en): "no project \(id)"
        }
    }
}
