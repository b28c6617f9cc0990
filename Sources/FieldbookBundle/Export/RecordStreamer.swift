import FieldbookCore
import Foundation

/// Streams the records of one export snapshot into the bundle's entry files.
struct RecordStreamer {
    struct Streamed {
        var header: ExportHeader
        var entries: [(BundleManifest.Entry, EntryFileWriter.Deflated)]
        var counts: [BundleFile: Int]
        /// The attachment files the bundle carries (`ExportReadSession.attachmentFiles`).
        var attachmentFiles: [(sha256: String, size: Int64)]
    }

    let session: ExportReadSession
    let directory: URL
    let progress: (ExportProgress) -> Void

    /// Writes every record file; refuses an export with nothing in it unless `allowEmpty`.
    /// `bundleId` is the bundle being written (a pending one written again carries its files again).
    func writeAll(allowEmpty: Bool = false, bundleId: String) throws -> Streamed {
        let total = try session.countChangedEnterprises() + session.count(SiteVisit.self) + session.count(Answer.self)
            + session.count(Recommendation.self) + session.count(AuditEvent.self) + session.count(Tombstone.self)
            + session.count(Attachment.self) + session.count(VisitParticipant.self)
        guard total > 0 || allowEmpty else { throw SyncError.nothingToExport }
        var done = 0
        var entries: [(BundleManifest.Entry, EntryFileWriter.Deflated)] = []
        var counts: [BundleFile: Int] = [:]
        var changed = Set<String>()
        var referenced = Set<String>()
        var attachmentFiles = Set<String>()
        var projects = Set<String>()

        func stream(_ file: BundleFile, _ body: (RecordFileWriter) throws -> Void) throws {
            let writer = try RecordFileWriter(file, in: directory, csvCopy: session.scope.carriesCSVCopies)
            try body(writer)
            entries += try writer.finish()
            counts[file] = writer.count
        }
        func tick(_ file: BundleFile) {
            done += 1
            if done % 2000 == 0 || done == total { progress(ExportProgress(phase: .records(file), completed: done, total: total)) }
        }
        /// Every line of `file`, noting the enterprise each refers to.
        func lines(_ file: BundleFile) throws {
            try stream(file) { writer in
                try session.forEachLine(file.layout) { line in
                    if let enterprise = line.text("enterpriseId") { referenced.insert(enterprise) }
                    if let project = line.text("projectId") { projects.insert(project) }
                    try writer.write(line)
                    tick(file)
                }
            }
        }

        try stream(.enterprises) { writer in
            try session.forEachChangedEnterprise { line in
                if let id = line.text("id") { changed.insert(id) }
                try writer.write(line)
                tick(.enterprises)
            }
        }
        for file in [BundleFile.visits, .participants, .answers, .recommendations, .auditEvents, .tombstones] {
            try lines(file)
        }
        try stream(.attachments) { writer in
            try session.forEachLine(BundleFile.attachments.layout) { line in
                if let sha = line.text("sha256") { attachmentFiles.insert(sha) }
                try writer.write(line)
                tick(.attachments)
            }
        }
        // Projects changed in range, then every other project a visit here is about (so the
        // bundle is self-contained); their parties go with the referenced enterprises.
        try stream(.projects) { writer in
            var written = Set<String>()
            func write(_ line: LineValues) throws {
                if let id = line.text("id") { written.insert(id) }
                for key in ["ownerId", "generalContractorId"] { if let id = line.text(key) { referenced.insert(id) } }
                if let list = line.text("subcontractorIds") { referenced.formUnion(LineValues.list(list)) }
                try writer.write(line)
            }
            try session.forEachLine(BundleFile.projects.layout, write)
            for line in try session.projectLines(ids: projects.subtracting(written)) { try write(line) }
        }
        try stream(.referencedEnterprises) { writer in
            for line in try session.enterpriseLines(ids: referenced.subtracting(changed)) { try writer.write(line) }
        }
        return Streamed(header: session.header, entries: entries, counts: counts,
                        attachmentFiles: try session.attachmentFiles(named: attachmentFiles, bundleId: bundleId))
    }
}
