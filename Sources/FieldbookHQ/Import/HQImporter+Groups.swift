import FieldbookBundle
import FieldbookCore
import Foundation
import GRDB

/// Importing many bundles (`fieldbook hq import DIR`): the same outcome as `importFile` on each
/// file in turn — the same reports, the same refusals, the same database afterwards — at a
/// fraction of the cost (docs/performance.md, "HQ import in groups").
///
/// One commit per bundle was most of a daily bundle's import: each wrote again, to the
/// write-ahead log, every index page its records touched, and with random record ids a bundle's
/// 160 answers touch 160 leaf pages of each index. So consecutive bundles share one transaction
/// (a group), each bundle in its own savepoint: a bundle refused for what it holds is rolled back
/// to its savepoint, alone, and the others of the group stay. Anything else that fails inside a
/// group (a full disk, an I/O error) rolls the whole group back, and its files are then imported
/// one by one exactly as `importFile` does, which reports the failure against the right file.
extension HQImporter {
    /// What happened to one file: its merge report, or why it was refused.
    public typealias Outcome = Result<MergeReport, any Error>

    /// How long one group holds the database's write lock: other writers (a `hq resolve` at the
    /// same time) wait for at most this, well within their 5 s busy timeout.
    public static let groupSeconds = 0.5
    /// Bundles in one group at most.
    public static let groupBundles = 100
    /// The writer's page cache while importing, in KiB (SQLite's default is 2 MB). A group's
    /// inserts land on pages all over each index (random record ids); with the default cache
    /// SQLite wrote dirty pages to the log before the commit and read them back, a fifth of the
    /// write cost. The cache grows only with the pages used, within the import's memory bound.
    static let writerCacheKiB = 32 * 1024

    /// Imports `urls` in order and hands each file's outcome to `report`, a group at a time once
    /// the group is committed. A refusal does not stop the others; an error `report` throws does.
    public func importFiles(_ urls: [URL], report: (URL, Outcome) throws -> Void) throws {
        try database.writer.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA cache_size = -\(Self.writerCacheKiB)")
        }
        var next = urls.startIndex
        while next < urls.endIndex {
            var outcomes: [Outcome] = []
            do {
                try importGroup(urls[next...], outcomes: &outcomes)
            } catch {
                // Nothing of the group was stored: its files go again, each in its own transaction.
                let taken = min(outcomes.count + 1, urls.endIndex - next)
                outcomes = urls[next..<(next + taken)].map { url in Outcome { try importFile(url) } }
            }
            for (offset, outcome) in outcomes.enumerated() { try report(urls[next + offset], outcome) }
            next += outcomes.count
        }
    }

    /// Merges files from the front of `urls` in one transaction until the group's time or size is
    /// up, appending each file's outcome. Throws (having rolled everything back) on a failure that
    /// is not one bundle's fault.
    private func importGroup(_ urls: ArraySlice<URL>, outcomes: inout [Outcome]) throws {
        let clock = ContinuousClock()
        let deadline = clock.now + .milliseconds(Int(Self.groupSeconds * 1000))
        var refused = false
        func mergeGroup(spoolDirectory: URL?) throws {
            try database.writer.write { db in
                for url in urls {
                    do {
                        var report: MergeReport?
                        try db.inSavepoint {
                            report = try importInGroup(url, spoolDirectory: spoolDirectory, db)
                            return .commit
                        }
                        outcomes.append(.success(report!))
                    } catch let error where Self.isBundlesFault(error) {
                        // SQLite ends the whole transaction on some failures: then the group is over.
                        guard db.isInsideTransaction else { throw error }
                        outcomes.append(.failure(error))
                        refused = true
                    }
                    if outcomes.count >= Self.groupBundles || clock.now >= deadline { break }
                }
            }
        }
        guard !database.path.isEmpty else { return try mergeGroup(spoolDirectory: nil) }
        let store = attachments
        try store.placingFiles {
            try mergeGroup(spoolDirectory: store.directory)
            // A refused bundle's files were placed before its merge was rolled back to its
            // savepoint: now that the group is committed, remove those no row names.
            if refused { try store.removeUnrecordedFiles() }
        }
    }

    /// One file inside the group's transaction, as `importFile` does it: read and verify (a bundle
    /// this transaction already holds is known), check the signer, place the attachment files, merge.
    private func importInGroup(_ url: URL, spoolDirectory: URL?, _ db: Database) throws -> MergeReport {
        let spool = AttachmentSpool(directory: spoolDirectory)
        defer { spool.discard() }
        var bundle = try BundleReader.open(url, decryptWith: keyring, limits: limits, spool: spool,
                                           isKnown: { try HQDatabase.hasBundle($0, db) })
        if !acceptUnknownSigners, try !HQDatabase.isTrustedDevice(publicKey: bundle.devicePublicKey, db) {
            throw SyncError.badFile(bundle.fileName, .unknownSigner(
                fingerprint: PublicKeyText.fingerprint(bundle.devicePublicKey), inspector: bundle.inspector.name))
        }
        if spoolDirectory == nil {
            bundle.attachmentFiles = [:]
        } else {
            _ = try spool.place()
        }
        do {
            return try database.merge(bundle, db)
        } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_FOREIGNKEY {
            throw HQDatabase.danglingReference(in: bundle)
        }
    }

    /// A refusal of the bundle for what it is or holds, which rolling back its savepoint undoes.
    /// Storage failures (which SQLite may answer by rolling back the whole transaction) and
    /// anything unexpected are not: they end the group.
    private static func isBundlesFault(_ error: any Error) -> Bool {
        guard error is any UserFacingError else { return false }
        if case SyncError.importNotStored = error { return false }
        return true
    }
}
