import FieldbookBundle
import FieldbookCore
import Foundation

/// `fieldbook hq import`: reads bundle files (or every bundle in a directory), checks them and
/// merges each in its own transaction. A refused file changes nothing and does not stop the
/// others; its error is reported with the file's name.
public struct HQImporter: Sendable {
    public let database: HQDatabase
    public let keyring: HQKeyring
    public var acceptUnknownSigners: Bool
    public var limits: ExtractionLimits

    public init(database: HQDatabase, keyring: HQKeyring, acceptUnknownSigners: Bool = false,
                limits: ExtractionLimits = .standard) {
        self.database = database
        self.keyring = keyring
        self.acceptUnknownSigners = acceptUnknownSigners
        self.limits = limits
    }

    /// The bundle files named: files as given, directories expanded to their `.zip` and
    /// `.fbsealed` files in name order.
    public static func bundleFiles(in paths: [String]) throws -> [URL] {
        var files: [URL] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw SyncError.noSuchFile(path)
            }
            let url = URL(fileURLWithPath: path)
            if isDirectory.boolValue {
                let names = try FileManager.default.contentsOfDirectory(atPath: path).sorted()
                files += names.filter { $0.hasSuffix(".zip") || $0.hasSuffix(".fbsealed") }
                    .map { url.appendingPathComponent($0) }
            } else {
                files.append(url)
            }
        }
        return files
    }

    /// Imports one file: verify, check the signer, merge.
    public func importFile(_ url: URL) throws -> MergeReport {
        try storing(url.lastPathComponent) {
            try withSpool { spool in
                try BundleReader.open(url, decryptWith: keyring, limits: limits, spool: spool, isKnown: database.hqHasBundle)
            }
        }
    }

    /// Imports already-read bytes (benchmarks and tests use this to leave file I/O out).
    public func importData(_ data: Data, file: String) throws -> MergeReport {
        try storing(file) {
            try withSpool { spool in
                try BundleReader.open(data, file: file, decryptWith: keyring, limits: limits, spool: spool,
                                      isKnown: database.hqHasBundle)
            }
        }
    }

    /// HQ's attachment store, beside its database (docs/hq.md, "Attachments").
    public var attachments: AttachmentStore { AttachmentStore(database: database.store) }

    /// Reads a bundle with its attachment files spooled into HQ's store, checks the signer, places
    /// the verified files under their SHA-256 and merges, holding the store's lock throughout. A
    /// refused bundle leaves no file behind; a kill leaves files `AttachmentStore.recover()` removes.
    private func withSpool(_ read: (AttachmentSpool) throws -> IncomingBundle) throws -> MergeReport {
        guard !database.path.isEmpty else {
            // An in-memory database (tests, benchmarks) has no place for files: verify them only.
            var bundle = try read(AttachmentSpool(directory: nil))
            try checkSigner(bundle)
            bundle.attachmentFiles = [:]
            return try database.mergeBundle(bundle)
        }
        let store = attachments
        return try store.placingFiles {
            let spool = AttachmentSpool(directory: store.directory)
            defer { spool.discard() }
            let bundle = try read(spool)
            try checkSigner(bundle)
            _ = try spool.place()
            return try database.mergeBundle(bundle)
        }
    }

    /// A full disk, file-size limit or I/O error anywhere in an import (the merge maps its own)
    /// becomes `importNotStored`, never SQLite's raw words or a complaint about the bundle.
    private func storing(_ file: String, _ body: () throws -> MergeReport) throws -> MergeReport {
        do {
            return try body()
        } catch let error as any UserFacingError {
            throw error
        } catch {
            guard let problem = StorageProblem(error) else { throw error }
            throw SyncError.importNotStored(file, place: database.writer.path, problem)
        }
    }

    private func checkSigner(_ bundle: IncomingBundle) throws {
        guard !acceptUnknownSigners else { return }
        guard try database.isTrustedDevice(publicKey: bundle.devicePublicKey) else {
            throw SyncError.badFile(bundle.fileName, .unknownSigner(
                fingerprint: PublicKeyText.fingerprint(bundle.devicePublicKey), inspector: bundle.inspector.name))
        }
    }
}
