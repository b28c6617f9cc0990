import ArgumentParser
import FieldbookCore
import Foundation

/// `fieldbook project add|list|link|delete`: construction projects (docs/domain-model.md, "Construction
/// projects") — the parties by credit code, as the inspector reads them off the site's board.
struct ProjectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "project",
        abstract: "Construction projects: add one with its parties, list them, say which project a visit is about, delete one.",
        subcommands: [Add.self, List.self, Link.self, Delete.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a construction project; each party is an enterprise of the registry, named by credit code.",
            discussion: """
            An enterprise that is not in the registry is added first (interface: n on the dashboard). \
            The construction checklist items are then judged against the party a visited enterprise is \
            on the project (docs/checklist-format.md, binds).
            """)

        @OptionGroup var store: StoreOptions
        @Option(help: "The project's name (工程名称).") var name: String
        @Option(help: "Where the site is (工程地点).") var location: String = ""
        @Option(help: "The project owner's credit code (建设单位).") var owner: String?
        @Option(name: .customLong("general-contractor"), help: "The general contractor's credit code (施工总承包单位).")
        var generalContractor: String?
        @Option(name: .customLong("subcontractor"), help: "A subcontractor's credit code (分包单位); repeat for each.")
        var subcontractors: [String] = []

        func run() throws {
            try CommandContext.run { context in
                let database = try DatabaseAccess.openExisting(store.path(environment: context.environment), context: &context)
                func id(_ code: String?) throws -> String? {
                    guard let code else { return nil }
                    let canonical = try CreditCode.validate(code)
                    guard let enterprise = try database.enterprise(creditCode: canonical) else {
                        throw ProjectError.unknownEnterprise(id: canonical)
                    }
                    return enterprise.id
                }
                let project = try database.createProject(Project(
                    name: name, location: location, ownerId: try id(owner), generalContractorId: try id(generalContractor),
                    subcontractorIds: try subcontractors.compactMap { try id($0) }))
                context.print(project.id)
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the projects with their parties.")
        @OptionGroup var store: StoreOptions

        func run() throws {
            try CommandContext.run { context in
                let database = try DatabaseAccess.openExisting(store.path(environment: context.environment), context: &context)
                for project in try database.projects() {
                    context.print("\(project.id)  \(project.name)\(project.location.isEmpty ? "" : "（\(project.location)）")")
                    let roles: [(ProjectParty, [String])] = [(.owner, [project.ownerId].compactMap { $0 }),
                                                             (.generalContractor, [project.generalContractorId].compactMap { $0 }),
                                                             (.subcontractor, project.subcontractorIds)]
                    for (party, ids) in roles {
                        for id in ids {
                            let e = try database.enterprise(id: id)
                            context.print("    \(party.label(in: context.language))  \(e?.creditCode ?? "")  \(e?.name ?? id)")
                        }
                    }
                }
            }
        }
    }

    struct Link: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Say which project a draft visit is about (or --none), and whether the visited firm is a dispatch agency.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "The visit's id (a unique prefix of at least 8 characters is enough).") var visit: String
        @Option(help: "The project's id.") var project: String?
        @Flag(help: "The visit is about no project.") var none = false
        @Flag(name: .customLong("dispatch-agency"), inversion: .prefixedNo,
              help: "The visited enterprise is the dispatch agency (--no-dispatch-agency: the user firm, the default).")
        var dispatchAgency: Bool?

        func validate() throws {
            if none, project != nil { throw ValidationError("--project and --none exclude each other") }
        }

        func run() throws {
            try CommandContext.run { context in
                let database = try DatabaseAccess.openExisting(store.path(environment: context.environment), context: &context)
                let id = try VisitLookup.resolve(visit, in: database)
                guard var stored = try database.visit(id: id)?.visit else { throw DocumentCLIError.unknownVisit(visit) }
                if none { stored.projectId = nil } else if let project { stored.projectId = project.uppercased() }
                // Stored as nil for the user firm, as the visit form stores it.
                if let dispatchAgency { stored.dispatchAgency = dispatchAgency ? true : nil }
                let saved = try database.updateVisit(stored)
                context.print(saved.projectId ?? "-")
            }
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Delete a project no visit is about (headquarters is told by the next bundle).",
            discussion: "A project that visits are about stays: it is part of their record.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "The project's id.") var project: String

        func run() throws {
            try CommandContext.run { context in
                let database = try DatabaseAccess.openExisting(store.path(environment: context.environment), context: &context)
                let id = project.uppercased()
                guard let stored = try database.project(id: id) else { throw ProjectError.notFound(id: project) }
                try database.deleteProject(id: id)
                context.print(context.text(zh: "已删除项目“\(stored.name)”", en: "Deleted project \(stored.name)"))
            }
        }
    }
}
