/// Construction projects on a visit: the project chooser (Alt-p on the visit form).
public protocol ProjectText {
    var visitProjectTitle: String { get }
    var visitProjectIntro: String { get }
    var visitProjectLocked: String { get }
    var visitNoProject: String { get }
    var visitNoProjectsYet: String { get }
    var keyChooseProject: String { get }
    var keyDispatchAgency: String { get }
    var keyVisitProject: String { get }
    /// "Alt-a 本单位为：用工单位".
    func visitDispatchRole(_ role: String) -> String
    /// On the visit form's status line: "项目：张湾区保障房二期（分包单位）".
    func visitProjectLine(_ project: String, _ parties: String) -> String
}
