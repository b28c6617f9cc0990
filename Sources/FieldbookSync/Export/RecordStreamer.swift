import FieldbookCore
import Foundation

/// Streams the records of one export snapshot into the bundle's entry files.
struct RecordStreamer {
    let session: ExportReadSession
    let directory: URL
    let progress: (ExportProgress) -> Void

    /// Writes every record file; refuses an export with nothing in it.
    func writeAll() throws -> (ExportHeader, [(BundleManifest.Entry, URL)], [BundleFile: Int]) {
        let total = try session.countChangedEnterprises() + session.count(SiteVisit.self) + session.count(Answer.self)
            + session.count(Recommendation.self) + session.count(AuditEvent.self) + session.count(Tombstone.self)
        guard total > 0 else { throw SyncError.nothingToExport }
        var done = 0
        var entries: [(BundleManifest.Entry, URL)] = []
        var counts: [BundleFile: Int] = [:]
        var changed = Set<String>()
        var referenced = Set<String>()

        func stream(_ file: BundleFile, _ body: (RecordFileWriter) throws -> Void) throws {
            let writer = try RecordFileWriter(file, in: directory)
            try body(writer)
            entries += try writer.finish()
            counts[file] = writer.count
        }
        func tick(_ file: BundleFile) {
            done += 1
            if done % 2000 == 0 || done == total { progress(ExportProgress(phase: .records(file), completed: done, total: total)) }
        }

        try stream(.enterprises) { writer in
            try session.forEachChangedEnterprise { enterprise, base in
                changed.insert(enterprise.id)
                try writer.write(ChangedEnterprise(enterprise: enterprise, baseRevision: base))
                tick(.enterprises)
            }
        }
        try stream(.visits) { writer in
            try session.forEach(SiteVisit.self) { visit in
                referenced.insert(visit.enterpriseId)
                try writer.write(visit)
                tick(.visits)
            }
        }
        try stream(.answers) { writer in
            try session.forEach(Answer.self) { try writer.write($0); tick(.answers) }
        }
        try stream(.recommendations) { writer in
            try session.forEach(Recommendation.self) { recommendation in
                referenced.insert(recommendation.enterpriseId)
                try writer.write(recommendation)
                tick(.recommendations)
            }
        }
        try stream(.auditEvents) { writer in
            try session.forEach(AuditEvent.self) { try writer.write($0); tick(.auditEvents) }
        }
        try stream(.tombstones) { writer in
            try session.forEach(Tombstone.self) { try writer.write($0); tick(.tombstones) }
        }
        try stream(.referencedEnterprises) { writer in
            for enterprise in try session.enterprises(ids: referenced.subtracting(changed)) { try writer.write(enterprise) }
        }
        return (session.header, entries, counts)
    }
}
