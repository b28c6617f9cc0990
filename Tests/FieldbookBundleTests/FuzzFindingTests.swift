import Foundation
import TestSupport
import Testing
@testable import FieldbookCore
@testable import FieldbookBundle
@testable import FieldbookHQ
import SyncTestSupport

/// Every input the fuzzer (`scripts/fuzz`) found, kept in `FuzzFindings/` and named
/// `TARGET-what.zip`: each must now be refused in one printable line naming the file, leaving
/// the database as it was (docs/reliability.md says what each one did before its fix).
@Suite("Fuzzer findings")
struct FuzzFindingTests {
    static let folder = Repository.url("Tests/FieldbookBundleTests/FuzzFindings")

    static func findings(_ target: String) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.lastPathComponent.hasPrefix(target + "-") }.sorted { $0.path < $1.path }
    }

    /// The refusal must name the file, in one line of printable text, in both languages.
    static func expectCleanRefusal(_ error: any Error, _ file: String) {
        guard let error = error as? SyncError, case .badFile(let name, _) = error else {
            Issue.record("\(file): \(error)")
            return
        }
        #expect(name == file)
        for language in [Language.en, .zh] {
            let message = error.message(in: language)
            #expect(message.contains(file), "\(message)")
            #expect(!message.unicodeScalars.contains { $0.properties.generalCategory == .control }, "\(message)")
        }
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
                Self.expectCleanRefusal(error, file.lastPathComponent)
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
                Self.expectCleanRefusal(error, file.lastPathComponent)
                return true
            }
            #expect(try tableContents(laptop) == before)
        }
    }
}
