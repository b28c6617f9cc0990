import Foundation
import Testing
@testable import FieldbookCore
@testable import FieldbookBundle
@testable import FieldbookHQ
import SyncTestSupport

/// Every kind of bad file is refused with a message naming the file and the problem, and the
/// HQ database is exactly as it was.
@Suite("Bad bundles are refused and change nothing")
struct BadInputTests {
    /// Built once: a laptop, its bundle, and an HQ database (closed, copied per test) that
    /// already holds another device's data, so "unchanged" is a real check.
    struct Shared: Sendable {
        let fixture: SyncFixture
        let laptop: AppDatabase
        let bundle: Data
        let key: DeviceKey
        let hqFile: URL

        init() throws {
            fixture = try SyncFixture()
            laptop = try fixture.laptop()
            try fixture.fieldDay(laptop, visits: 2)
            bundle = try Data(contentsOf: URL(fileURLWithPath: try fixture.export(laptop).path))
            key = try DeviceKeyStore.key(for: laptop)
            let (hq, keyring) = try fixture.headquarters(trusting: [laptop])
            let other = try fixture.laptop("other", inspector: "王芳")
            try fixture.fieldDay(other, visits: 1, seed: 3)
            _ = try HQImporter(database: hq, keyring: keyring, acceptUnknownSigners: true)
                .importFile(URL(fileURLWithPath: try fixture.export(other).path))
            hqFile = fixture.path("hq-template.sqlite")
            let path = hq.path
            try hq.close()
            try FileManager.default.copyItem(atPath: path, toPath: hqFile.path)
        }
    }

    static let shared = Result { try Shared() }

    let fixture: SyncFixture
    let laptop: AppDatabase
    let hq: HQDatabase
    let keyring: HQKeyring
    let bundle: Data
    let key: DeviceKey

    init() throws {
        let shared = try Self.shared.get()
        fixture = try SyncFixture()
        laptop = shared.laptop
        bundle = shared.bundle
        key = shared.key
        let copy = fixture.path("hq.sqlite")
        try FileManager.default.copyItem(at: shared.hqFile, to: copy)
        hq = try HQDatabase.open(path: copy.path, clock: SyncFixture.clock)
        keyring = try HQKeyring.load(from: hq, path: copy.path)
    }

    /// Imports `data` as `name`; expects `problem`, an unchanged HQ, and the file named in both languages.
    func expectRefused(_ data: Data, name: String = "bad.zip", _ problem: BundleProblem,
                       limits: ExtractionLimits = .standard, sourceLocation: SourceLocation = #_sourceLocation) throws {
        defer { fixture.cleanUp() }
        let before = try tableContents(hq)
        let importer = HQImporter(database: hq, keyring: keyring, limits: limits)
        #expect(throws: SyncError.badFile(name, problem), sourceLocation: sourceLocation) {
            try importer.importData(data, file: name)
        }
        #expect(try tableContents(hq) == before, sourceLocation: sourceLocation)
        let message = SyncError.badFile(name, problem)
        #expect(message.message(in: .en).contains(name) && message.message(in: .zh).contains(name), sourceLocation: sourceLocation)
    }

    @Test func truncatedZip() throws {
        try expectRefused(bundle.prefix(bundle.count / 2), .corruptZip("no readable central directory"))
    }

    @Test func corruptedEntry() throws {
        var surgery = try BundleSurgery(bundle)
        let visits = String(decoding: surgery[BundleFile.visits.rawValue]!, as: UTF8.self)
        surgery[BundleFile.visits.rawValue] = Data(visits.replacingOccurrences(of: "completed", with: "c0mpleted").utf8)
        try expectRefused(try surgery.zip(), .checksumMismatch(BundleFile.visits.rawValue))
    }

    @Test func missingEntry() throws {
        var surgery = try BundleSurgery(bundle)
        surgery[BundleFile.answers.rawValue] = nil
        try expectRefused(try surgery.zip(), .missingEntry(BundleFile.answers.rawValue))
    }

    @Test func tamperedManifest() throws {
        var surgery = try BundleSurgery(bundle)
        let text = String(decoding: surgery[BundleFile.manifest]!, as: UTF8.self)
        surgery[BundleFile.manifest] = Data(text.replacingOccurrences(of: "李明", with: "张伟").utf8)
        try expectRefused(try surgery.zip(), .badSignature)
    }

    @Test func signatureByAnotherKey() throws {
        var surgery = try BundleSurgery(bundle)
        let stranger = try DeviceKeyStore.ensureKey(for: try fixture.laptop("stranger"))
        let signature = try stranger.sign(surgery[BundleFile.manifest]!)
        surgery[BundleFile.signature] = Data(signature.base64EncodedString().utf8)
        try expectRefused(try surgery.zip(), .badSignature)
    }

    @Test func unknownSigner() throws {
        let stranger = try fixture.laptop("stranger", inspector: "赵强")
        try fixture.fieldDay(stranger, visits: 1)
        let data = try Data(contentsOf: URL(fileURLWithPath: try fixture.export(stranger).path))
        let fingerprint = try DeviceKeyStore.key(for: stranger).fingerprint
        let accepting = HQImporter(database: hq, keyring: keyring, acceptUnknownSigners: true)
        try expectRefused(data, .unknownSigner(fingerprint: fingerprint, inspector: "赵强"))
        #expect(try accepting.importData(data, file: "stranger.zip").changedAnything)
    }

    @Test func futureFormatVersion() throws {
        var surgery = try BundleSurgery(bundle)
        try surgery.resign(with: key) { $0.formatVersion = 99 }
        try expectRefused(try surgery.zip(), .futureVersion(found: 99, supported: 1))
    }

    @Test(arguments: ["../x", "/etc/passwd", "csv/../../x", "a\\b"])
    func unsafeEntryNames(_ name: String) throws {
        var surgery = try BundleSurgery(bundle)
        surgery.entries.append((name, Data("x".utf8)))
        try expectRefused(try surgery.zip(), .unsafeEntryName(name))
    }

    @Test func unlistedEntry() throws {
        var surgery = try BundleSurgery(bundle)
        surgery.entries.append(("extra.txt", Data("hello".utf8)))
        try expectRefused(try surgery.zip(), .unexpectedEntry("extra.txt"))
    }

    @Test func duplicateEntries() throws {
        var surgery = try BundleSurgery(bundle)
        surgery.entries.append((BundleFile.visits.rawValue, Data("{}\n".utf8)))
        try expectRefused(try surgery.zip(), .duplicateEntry(BundleFile.visits.rawValue))
    }

    @Test func oversizedEntry() throws {
        var limits = ExtractionLimits.standard
        limits.maxTotalBytes = 1000
        try expectRefused(bundle, .expandsTooFar(entry: BundleFile.manifest, limit: 1000), limits: limits)
    }

    @Test func zipBomb() throws {
        var surgery = try BundleSurgery(bundle)
        surgery.entries.insert(("bomb.jsonl", Data(count: 4 << 20)), at: 0)
        try expectRefused(try surgery.zip(), .suspiciousCompression("bomb.jsonl"))
    }

    @Test func invalidJSONLine() throws {
        var surgery = try BundleSurgery(bundle)
        surgery[BundleFile.visits.rawValue]!.append(contentsOf: Data("{\"id\": \"broken\"\n".utf8))
        try surgery.resign(with: key)
        let error = #expect(throws: SyncError.self) {
            try HQImporter(database: hq, keyring: keyring).importData(try surgery.zip(), file: "bad.zip")
        }
        guard case let .badFile(_, .invalidLine(entry, line, _))? = error else {
            Issue.record("expected an invalid-line error, got \(String(describing: error))")
            return
        }
        #expect(entry == BundleFile.visits.rawValue && line == 3)
    }

    @Test func unknownEnterprise() throws {
        var surgery = try BundleSurgery(bundle)
        let visits = String(decoding: surgery[BundleFile.visits.rawValue]!, as: UTF8.self)
        let firstVisit = try JSONDecoder().decode(SiteVisit.self, from: Data(visits.split(separator: "\n")[0].utf8))
        surgery[BundleFile.visits.rawValue] = Data(visits.replacingOccurrences(of: firstVisit.enterpriseId,
                                                                               with: "00000000-0000-0000-0000-000000000000").utf8)
        try surgery.resign(with: key)
        try expectRefused(try surgery.zip(), .unknownEnterprise(recordType: "siteVisit", recordId: firstVisit.id,
                                                                 enterpriseId: "00000000-0000-0000-0000-000000000000"))
    }

    @Test func notAZipAtAll() throws {
        try expectRefused(Data("统一社会信用代码,企业名称\n".utf8), name: "registry.csv", .notAZip)
    }

    @Test func aZipThatIsNotABundle() throws {
        var surgery = try BundleSurgery(bundle)
        surgery.entries = [("readme.txt", Data("hello".utf8))]
        try expectRefused(try surgery.zip(), .notABundle)
    }

    @Test func aReferencePackIsNotABundle() throws {
        let pack = fixture.path("pack.zip")
        _ = try ReferencePackWriter(database: hq, keyring: keyring).write(to: pack)
        try expectRefused(try Data(contentsOf: pack), .wrongKind(expected: "bundle", found: "reference pack"))
    }
}
