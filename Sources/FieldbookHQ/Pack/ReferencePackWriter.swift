import FieldbookBundle
import FieldbookCore
import Foundation

/// `fieldbook hq pack`: HQ's registry, every template version, the trusted-device roster and the
/// construction projects in one signed zip, written atomically.
public struct ReferencePackWriter: Sendable {
    public let database: HQDatabase
    public let keyring: HQKeyring

    public init(database: HQDatabase, keyring: HQKeyring) {
        self.database = database
        self.keyring = keyring
    }

    public struct Result: Sendable, Equatable {
        public var path: String
        public var enterprises: Int
        public var templates: Int
        public var devices: Int
        public var projects: Int
        public var bytes: Int64
    }

    public func write(to destination: URL) throws -> Result {
        let directory = destination.deletingLastPathComponent().standardizedFileURL
        try OutputDirectory.check(directory)
        let work = try OutputDirectory.makeWorkDirectory(in: directory)
        defer { try? FileManager.default.removeItem(at: work) }
        do {
            let content = try database.referencePackContent()
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            var entries: [(BundleManifest.Entry, EntryFileWriter.Deflated)] = []
            func entry<T: Encodable>(_ name: String, _ records: [T]) throws {
                let writer = try EntryFileWriter(path: name, in: work)
                for record in records { try writer.appendLine(Array(try encoder.encode(record))) }
                entries.append((try writer.finish(), writer.deflated))
            }
            try entry(PackManifest.enterprisesFile, content.enterprises)
            try entry(PackManifest.templatesFile, content.templates)
            try entry(PackManifest.devicesFile, content.devices)
            try entry(PackManifest.projectsFile, content.projects)
            let createdAt = database.clock.timestamp()
            let manifest = PackManifest(
                format: PackManifest.formatName, formatVersion: PackManifest.currentVersion, packId: RecordID.make(),
                createdAt: createdAt, signingKey: keyring.signingKeyText,
                counts: [PackManifest.enterprisesFile: content.enterprises.count,
                         PackManifest.templatesFile: content.templates.count,
                         PackManifest.devicesFile: content.devices.count,
                         PackManifest.projectsFile: content.projects.count],
                entries: entries.map(\.0))
            let manifestData = try BundleManifest.encoder().encode(manifest)
            let signature = Data(try keyring.signing.signature(for: manifestData).base64EncodedString().utf8)
            let zip = work.appendingPathComponent("pack.zip")
            try BundleZip.write(to: zip, manifest: manifestData, signature: signature,
                                files: entries.map(\.1), modified: createdAt.date)
            if FileManager.default.fileExists(atPath: destination.path) {
                try FileManager.default.removeItem(at: destination)
            }
            let bytes = try NoReplacePublish.publish(zip, as: destination, partName: destination.lastPathComponent + ".part")
            return Result(path: destination.path, enterprises: content.enterprises.count,
                          templates: content.templates.count, devices: content.devices.count,
                          projects: content.projects.count, bytes: bytes)
        } catch let error as any UserFacingError {
            throw error
        } catch {
            throw OutputDirectory.classify(error, path: destination.path)
        }
    }
}
