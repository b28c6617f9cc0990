/// The construction projects register (`p` on the dashboard): the list, the form that creates
/// and edits a project with its parties picked from the registry, and deleting one.
public protocol ProjectRegistryText {
    var projectsTitle: String { get }
    var projectsIntro: String { get }
    var projectsNone: String { get }
    var keyProjects: String { get }
    var keyNewProject: String { get }
    var keyEditProject: String { get }
    var keyDeleteProject: String { get }
    /// "总包 中建三局… · 分包 2 家" under a project's name.
    func projectPartiesSummary(owner: String?, generalContractor: String?, subcontractors: Int) -> String
    var projectDeleteTitle: String { get }
    func projectDeleteQuestion(_ name: String) -> String
    var projectDeleteConfirm: String { get }
    func projectDeleted(_ name: String) -> String

    var projectFormNewTitle: String { get }
    var projectFormEditTitle: String { get }
    var projectFormIntro: String { get }
    /// On a form opened from a visit: the visited enterprise must be one of the parties.
    func projectFormForVisit(_ enterprise: String) -> String
    var projectFieldName: String { get }
    var projectFieldLocation: String { get }
    var projectFieldOwner: String { get }
    var projectFieldGeneralContractor: String { get }
    var projectFieldSubcontractors: String { get }
    var projectPartyPlaceholder: String { get }
    var projectSubcontractorPlaceholder: String { get }
    var projectSave: String { get }
    /// The subcontractors' keys, under their list while it has focus.
    var projectSubcontractorHint: String { get }
    func projectSubcontractorAdded(_ name: String) -> String
    func projectSubcontractorRemoved(_ name: String) -> String
    /// Typed in a party field but nothing chosen from the list.
    var projectPartyNotChosen: String { get }
    /// Esc on a form that cannot be saved: why, and that Esc again leaves it as a draft.
    func projectUnsaved(_ problem: String) -> String
    func projectSaved(_ name: String) -> String
    /// The visited enterprise is none of the parties (a project made from a visit's chooser).
    var projectVisitNotAParty: String { get }
    /// The chooser's row that opens the form: "＋ 新建项目…".
    var visitNewProject: String { get }
}
