import FieldbookCore

/// Builds the screen for a route, loading its data. One line per screen.
enum Router {
    static func makeScreen(_ route: Route, env: AppEnvironment) throws -> any Screen {
        var screen: any Screen
        switch route {
        case .setup: screen = SetupScreen()
        case .dashboard: screen = DashboardScreen()
        case .newVisit(let enterpriseId): screen = VisitFormScreen(startingAt: enterpriseId)
        case .visit(let id): screen = VisitFormScreen(visitId: id)
        case .checklist(let visitId): screen = ChecklistScreen(visitId: visitId)
        case .review(let visitId): screen = ReviewScreen(visitId: visitId)
        case .recommendations(let visitId): screen = RecommendationsScreen(visitId: visitId)
        case .newRecommendation(let visitId, let itemCode): screen = try RecommendationScreen(visitId: visitId, itemCode: itemCode, env: env)
        case .recommendation(let id): screen = try RecommendationScreen(id: id, env: env)
        case .attachments(let visitId): screen = AttachmentsScreen(visitId: visitId)
        case .followUps: screen = FollowUpsScreen()
        case .export: screen = ExportScreen(env: env)
        case .loadData: screen = LoadDataScreen()
        case .newEnterprise: screen = NewEnterpriseScreen()
        case .enterprises: screen = EnterprisesScreen()
        case .enterprise(let id): screen = EnterpriseDetailScreen(enterpriseId: id)
        case .visitProject(let visitId): screen = VisitProjectScreen(visitId: visitId)
        case .projects: screen = ProjectsScreen()
        case .projectForm(let id, let visitId): screen = ProjectFormScreen(projectId: id, visitId: visitId)
        }
        try screen.reload(env: env)
        return screen
    }
}
