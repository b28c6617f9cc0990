extension English {
    public var projectsTitle: String { "Projects" }
    public var projectsIntro: String { "Construction projects and their owner, general contractor and subcontractors." }
    public var projectsNone: String { "No construction projects yet: press n to add one." }
    public var keyProjects: String { "projects" }
    public var keyNewProject: String { "new project" }
    public var keyEditProject: String { "edit" }
    public var keyDeleteProject: String { "delete" }
    public func projectPartiesSummary(owner: String?, generalContractor: String?, subcontractors: Int) -> String {
        var parts: [String] = []
        if let owner { parts.append("owner " + owner) }
        if let generalContractor { parts.append("GC " + generalContractor) }
        if subcontractors > 0 { parts.append("\(subcontractors) subcontractor" + (subcontractors == 1 ? "" : "s")) }
        return parts.isEmpty ? "no parties yet" : parts.joined(separator: " · ")
    }
    public var projectDeleteTitle: String { "Delete project" }
    public func projectDeleteQuestion(_ name: String) -> String {
        "Delete \(name)? The deletion goes to headquarters with the next export."
    }
    public var projectDeleteConfirm: String { "Delete" }
    public func projectDeleted(_ name: String) -> String { "Deleted \(name)" }

    public var projectFormNewTitle: String { "New project" }
    public var projectFormEditTitle: String { "Edit project" }
    public var projectFormIntro: String {
        "Parties come from the registry: type a name or credit code, Enter to choose. One not there: add it first (n on the dashboard)."
    }
    public func projectFormForVisit(_ enterprise: String) -> String { "The visited enterprise, \(enterprise), must be a party." }
    public var projectFieldName: String { "Name" }
    public var projectFieldLocation: String { "Location" }
    public var projectFieldOwner: String { "Owner" }
    public var projectFieldGeneralContractor: String { "General contractor" }
    public var projectFieldSubcontractors: String { "Subcontractors" }
    public var projectPartyPlaceholder: String { "type to search" }
    public var projectSubcontractorPlaceholder: String { "type to search, Enter adds" }
    public var projectSave: String { "Save project" }
    public var projectSubcontractorHint: String { "Enter adds; with nothing typed ↑/↓ picks one added, Del removes it" }
    public func projectSubcontractorAdded(_ name: String) -> String { "Subcontractor added: \(name)" }
    public func projectSubcontractorRemoved(_ name: String) -> String { "Subcontractor removed: \(name)" }
    public var projectPartyNotChosen: String { "Pick from the list (↑↓ Enter) or clear it" }
    public func projectUnsaved(_ problem: String) -> String { problem + "; Esc again leaves, kept as a draft" }
    public func projectSaved(_ name: String) -> String { "Project saved: \(name)" }
    public var projectVisitNotAParty: String { "Visited enterprise must be a party" }
    public var visitNewProject: String { "+ New project…" }
}
