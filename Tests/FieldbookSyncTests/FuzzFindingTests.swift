import Foundation
import Testing
@testable import FieldbookCore
@testable import FieldbookSync

/// Every input the fuzzer (`scripts/fuzz`) found, kept in `FuzzFindings/` and named
/// `TARGET-what.zip`: each must now be refused cleanly, as a damaged zip, leaving the database
/// as it was. Before the fix each of these made the import spin for ever.
@Suite("Fuzzer findings")
struct FuzzFindingTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("FuzzFindings")

    static func findings(_ target: String) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.lastPathComponent.hasPrefix(target + "-") }.sorted { $0.path < $1.path }
    }

    /// The refusal must be a damaged zip named in both languages.
    static func expectDamagedZip(_ error: any Error, _ file: String) {
        guard case SyncError.badFile(let name, .corruptZip)? = error as? SyncError else {
            Issue.record("\(file): \(error)")
            return
        }
        let message = (error as! SyncError)
        #expect(name == file && message.message(in: .en).contains(file) && message.message(in: .zh).contains(file))
    }

    @Test func bundlesAreRefusedAndHeadquartersIsUnchanged() throws {
        let shared = try BadInputTests()
        defer { shared.fixture.cleanUp() }
        let importer = HQImporter(database: shared.hq, keyring: shared.keyring, acceptUnknownSigners: true)
        let files = try Self.findings("bundle")
        #expect(!files.isEmpty)
        for file in files {
            let before = try tableContents(shared.hq)
            #expect { try importer.importFile(file) } throws: { error in
                Self.expectDamagedZip(error, file.lastPathComponent)
                return true
            }
            #expect(try tableContents(shared.hq) == before)
        }
    }

    @Test func packsAreRefusedAndTheLaptopIsUnchanged() throws {
        let fixture = try SyncFixture()
        defer { fixture.cleanUp() }
        let laptop = try fixture.laptop()
        let files = try Self.findings("pack")
        #expect(!files.isEmpty)
        for file in files {
            let before = try tableContents(laptop)
            #expect { try ReferencePackReader.importPack(file, into: laptop) } throws: { error in
                Self.expectDamagedZip(error, file.lastPathComponent)
                return true
            }
            #expect(try tableContents(laptop) == before)
        }
    }
}
