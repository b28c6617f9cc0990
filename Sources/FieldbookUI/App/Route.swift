/// Where the user is. Screens navigate by route, never by constructing each other, so every screen
/// can be built, tested and restored on its own; `Router` turns a route into a screen.
///
/// Routes are `Codable` because the navigation stack is saved after every move
/// (`SessionStore`), so a restart returns the user to where they were.
public enum Route: Hashable, Sendable, Codable {
    /// First run: who is using this database.
    case setup
    case dashboard
    /// Search and browse the registry.
    case enterprises
    case enterprise(id: String)
    /// Add an enterprise that is not in the registry (created in the field).
    case newEnterprise
    /// Start a draft visit at this enterprise (the screen then becomes `.visit(id:)`).
    case newVisit(enterpriseId: String)
    /// The visit form of an existing visit.
    case visit(id: String)
    case checklist(visitId: String)
    /// Summary, what is missing, complete / reopen.
    case review(visitId: String)
    /// The recommendations of one visit.
    case recommendations(visitId: String)
    /// Write a recommendation, prefilled from a non-compliant item when one is given.
    case newRecommendation(visitId: String, itemCode: String?)
    case recommendation(id: String)
    /// A visit's attachments (docs/attachments.md).
    case attachments(visitId: String)
    /// Recommendations due soon and overdue, across enterprises.
    case followUps
    case export
    /// Load the registry, a checklist template or a reference pack (`fieldbook import …`).
    case loadData
    /// The construction project a visit is about and the visited firm's dispatch role (Alt-p on the visit form).
    case visitProject(visitId: String)
    /// The construction projects register (`p` on the dashboard).
    case projects
    /// Create (`id` nil) or edit a project; opened from a visit's project chooser (`visitId`),
    /// saving makes it the visit's project.
    case projectForm(id: String?, visitId: String?)
}
