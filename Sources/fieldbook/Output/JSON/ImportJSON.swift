import FieldbookCore
import FieldbookBundle

/// `fieldbook import enterprises --format json` (docs/schemas/cli/import-enterprises.schema.json).
struct EnterpriseImportJSON: Encodable {
    struct Skipped: Encodable {
        let line: Int
        /// Each problem of the row, in the user's language.
        let problems: [String]
    }

    let file: String
    let encoding: String
    let inserted: Int
    let updated: Int
    let unchanged: Int
    let skipped: [Skipped]
    let ignoredHeaders: [String]

    init(_ report: EnterpriseImportReport, language: Language) {
        file = report.file
        encoding = report.encoding.rawValue
        inserted = report.inserted
        updated = report.updated
        unchanged = report.unchanged
        skipped = report.rejections.map { Skipped(line: $0.line, problems: $0.problems.map { $0.message(in: language) }) }
        ignoredHeaders = report.ignoredHeaders
    }
}

/// `fieldbook import checklist --format json` (docs/schemas/cli/import-checklist.schema.json).
struct ChecklistImportJSON: Encodable {
    let templateId: String
    let version: Int
    let titleZh: String
    let titleEn: String
    let sections: Int
    let items: Int
    let criticalItems: Int
    /// `loaded`, or `unchanged` when the same version with the same content was already there.
    let outcome: String

    init(_ checklist: Checklist, outcome: TemplateStore.Outcome) {
        templateId = checklist.template.id
        version = checklist.template.version
        titleZh = checklist.template.titleZh
        titleEn = checklist.template.titleEn
        sections = checklist.sections.count
        items = checklist.items.count
        criticalItems = checklist.items.filter(\.critical).count
        switch outcome {
        case .loaded: self.outcome = "loaded"
        case .unchanged: self.outcome = "unchanged"
        }
    }
}

/// `fieldbook import pack --format json` (docs/schemas/cli/import-pack.schema.json).
struct PackImportJSON: Encodable {
    let enterprisesAdded: Int
    let enterprisesUpdated: Int
    let enterprisesUnchanged: Int
    /// Names of enterprises whose unexported local edit was kept instead of headquarters' version.
    let enterprisesKeptLocal: [String]
    /// `id vN` of each template version added.
    let templatesAdded: [String]
    let templatesUnchanged: Int
    let trustedDevices: Int
    /// This pack's signing key was pinned now (the first pack the laptop accepted).
    let pinnedNow: Bool
    let projectsAdded: Int
    let projectsUpdated: Int
    let projectsUnchanged: Int
    /// Names of projects whose local version (unexported edit, or newer revision) was kept.
    let projectsKeptLocal: [String]
    /// Projects not loaded: a party is neither in the pack nor on the laptop.
    let projectsSkipped: [SkippedProjectJSON]

    struct SkippedProjectJSON: Encodable {
        let name: String
        let missingEnterpriseId: String
    }

    init(_ report: PackReport) {
        enterprisesAdded = report.enterprisesAdded
        enterprisesUpdated = report.enterprisesUpdated
        enterprisesUnchanged = report.enterprisesUnchanged
        enterprisesKeptLocal = report.enterprisesKeptLocal
        templatesAdded = report.templatesAdded
        templatesUnchanged = report.templatesUnchanged
        trustedDevices = report.devices
        pinnedNow = report.pinnedNow
        projectsAdded = report.projectsAdded
        projectsUpdated = report.projectsUpdated
        projectsUnchanged = report.projectsUnchanged
        projectsKeptLocal = report.projectsKeptLocal
        projectsSkipped = report.projectsSkipped.map {
            SkippedProjectJSON(name: $0.name, missingEnterpriseId: $0.missingEnterpriseId)
        }
    }
}
