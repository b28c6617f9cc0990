extension English {
    public var visitProjectTitle: String { "Construction project" }
    public var visitProjectIntro: String {
        "Choose the construction project this visit is about. Construction items are judged by this enterprise's role on it: items binding another party (owner, general contractor, subcontractor) are marked not applicable, naming whose duty they are."
    }
    public var visitProjectLocked: String { "This visit is completed or voided; its project can no longer change." }
    public var visitNoProject: String { "(no construction project)" }
    public var visitNoProjectsYet: String { "Not a party to any project yet: press n for a new one." }
    public var keyChooseProject: String { "choose" }
    public var keyDispatchAgency: String { "dispatch role" }
    public var keyVisitProject: String { "project" }
    public func visitDispatchRole(_ role: String) -> String { "Alt-a In dispatch this enterprise is the: \(role)" }
    public func visitProjectLine(_ project: String, _ parties: String) -> String { "Project: \(project) (\(parties))" }
}
