import FieldbookCore
import Foundation

/// The columns of each `csv/` copy, in the order a spreadsheet user reads them. Values come from
/// the same values the `.jsonl` line is written from, so the two copies cannot disagree.
enum CSVColumns {
    static func columns(for file: BundleFile) -> [String] {
        let sync = ["revision", "updatedAt"]
        switch file {
        case .enterprises, .referencedEnterprises:
            return ["id", "creditCode", "name", "address", "district", "industry", "ownershipType", "employeeCount",
                    "contactPerson", "phone", "integrityRating", "redList", "harmoniousTitle", "source", "outOfTown"]
                + sync + (file == .enterprises ? ["baseRevision"] : [])
        case .visits:
            return ["id", "enterpriseId", "date", "startTime", "endTime", "type", "inspectors", "personsMet",
                    "employees", "writtenContracts", "socialInsuranceEnrolled", "dispatchedWorkers", "migrantWorkers",
                    "attendees", "notes", "status", "completedAt", "reopenReason", "templateId", "templateVersion",
                    "score", "riskLevel", "createdBy", "voidedAt", "voidReason", "voidedBy", "projectId", "dispatchAgency",
                    "place", "summonedPerson", "summonedRole", "summonsReason", "talkRecord", "commitments",
                    "commitmentDate", "attendeeNames", "materials", "materialsCount", "questionsAnswered",
                    "legalSessions"] + sync
        case .answers:
            return ["id", "visitId", "itemCode", "value", "note", "workers", "amountYuan", "months", "referredTo",
                    "referralNote"] + sync
        case .recommendations:
            return ["id", "visitId", "enterpriseId", "itemCodes", "text", "priority", "deadline", "status",
                    "createdOn", "rectifiedOn", "verifiedOn", "followUpVisitId", "voidedAt", "voidReason", "voidedBy",
                    "evidenceNote", "recheckFailedOn", "referredTo", "referredOn"] + sync
        case .auditEvents:
            return ["id", "recordType", "recordId", "field", "oldValue", "newValue", "at", "inspectorId",
                    "inspectorName"] + sync
        case .tombstones:
            return ["id", "recordType", "deletedAt", "inspectorId"] + sync
        case .projects:
            return ["id", "name", "location", "ownerId", "generalContractorId", "subcontractorIds"] + sync
        case .attachments:
            return ["id", "visitId", "itemCode", "recommendationId", "originalName", "caption", "mediaType", "size",
                    "capturedAt", "sha256", "attachedAt", "attachedByName", "detachedAt", "detachReason"] + sync
        case .participants:
            return ["id", "visitId", "enterpriseId", "attendees"] + sync
        }
    }
}
