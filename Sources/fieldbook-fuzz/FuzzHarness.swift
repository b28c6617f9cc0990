import FieldbookBundle
import FieldbookCore
import FieldbookHQ
import Foundation

/// The databases one target imports into, made once per process; inputs that import cleanly
/// stay merged, as they would at a real headquarters or laptop.
struct FuzzHarness: Sendable {
    let target: FuzzTarget
    private let database: AppDatabase
    private let importer: HQImporter?
    /// Where a pack input is written: the pack reader takes a file, as the CLI does.
    private let scratch: URL

    init(target: FuzzTarget) throws {
        self.target = target
        // scripts/fuzz points TMPDIR into .build-fuzz and empties it before each run.
        scratch = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("fieldbook-fuzz-\(getpid())")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        switch target {
        case .bundle:
            let hq = try HQDatabase.inMemory()
            database = hq.store
            // Both versions: the sample bundles seed visits made with each.
            _ = try database.loadTemplate(data: DemoSamples.checklistV1JSON)
            _ = try database.loadTemplate(data: DemoSamples.checklistJSON)
            let keyring = try HQKeyring.create(in: hq, path: "fuzz-hq.sqlite")
            importer = HQImporter(database: hq, keyring: keyring, acceptUnknownSigners: true)
        case .exif:
            database = try AppDatabase.inMemory()
            importer = nil
        case .pack, .csv:
            database = try AppDatabase.inMemory()
            _ = try database.loadTemplate(data: DemoSamples.checklistJSON)
            try database.initialize(inspectorName: "李明", district: "张湾区", language: .zh)
            importer = nil
        }
    }

    /// Feeds one input; returns whether it was accepted. Traps on anything but a clear refusal.
    @discardableResult
    func run(_ data: Data) -> Bool {
        do {
            switch target {
            case .bundle:
                _ = try importer!.importData(data, file: "fuzz.zip")
            case .pack:
                let file = scratch.appendingPathComponent("fuzz-pack.zip")
                try data.write(to: file)
                _ = try ReferencePackReader.importPack(file, into: database)
            case .csv:
                let csv = try EnterpriseCSV.read(data, file: "fuzz.csv")
                _ = try database.importEnterprises(csv, file: "fuzz.csv", skipInvalid: data.count.isMultiple(of: 2))
            case .exif:
                // Any bytes: a date in the one accepted form, or none; never a trap.
                let kind = AttachmentMediaType.sniff(data)
                if let taken = ExifCaptureTime.read(data) {
                    guard kind == .jpeg, taken.count == 19, taken.utf8.allSatisfy({ $0 < 0x80 }) else {
                        fatalError("exif: a capture time from a non-JPEG or in another form: \(taken)")
                    }
                }
                return kind == .jpeg
            }
            return true
        } catch let error as UserFacingError {
            let zh = error.message(in: .zh), en = error.message(in: .en)
            // A CSV report lists every rejected line; the importers' other refusals are one line.
            let oneLine = target == .csv || !(zh + en).contains("\n")
            guard !zh.isEmpty, !en.isEmpty, oneLine else {
                fatalError("\(target) refusal without a one-line message in both languages: \(error)")
            }
            return false
        } catch {
            fatalError("\(target) refused with an error that is not user-facing: \(error)")
        }
    }
}
