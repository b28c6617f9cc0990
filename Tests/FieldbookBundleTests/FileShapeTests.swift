import Foundation
import Testing
@testable import FieldbookCore
@testable import FieldbookBundle
@testable import FieldbookHQ
import SyncTestSupport

/// Issue #13, point 5: a file is refused for what is wrong with it, in words that say so.
@Suite("Unsafe entry names and envelope versions are named as such")
struct FileShapeTests {
    @Test("a zip entry name with a control character (C0, DEL, C1) is an unsafe name, not a damaged zip",
          arguments: ["notes\u{01}.txt", "a\u{1b}[31m.txt", "del\u{7f}.txt", "c1\u{85}.txt", "ls\u{2028}.txt"])
    func controlCharacterInEntryName(_ name: String) throws {
        let fixture = try SyncFixture()
        defer { fixture.cleanUp() }
        let laptop = try fixture.laptop()
        try fixture.fieldDay(laptop, visits: 1)
        let bundle = try fixture.export(laptop)
        let (hq, keyring) = try fixture.headquarters(trusting: [laptop])
        var surgery = try BundleSurgery(Data(contentsOf: URL(fileURLWithPath: bundle.path)))
        surgery[name] = Data("x".utf8)
        let before = try tableContents(hq)
        #expect(throws: SyncError.badFile("evil.zip", .unsafeEntryName(name))) {
            try HQImporter(database: hq, keyring: keyring).importData(try surgery.zip(), file: "evil.zip")
        }
        #expect(try tableContents(hq) == before)
    }

    @Test("an encrypted envelope of another version says which version it is and which this program reads")
    func envelopeOfAnotherVersion() throws {
        let fixture = try SyncFixture()
        defer { fixture.cleanUp() }
        let laptop = try fixture.laptop()
        try fixture.fieldDay(laptop, visits: 1)
        let (hq, keyring) = try fixture.headquarters(trusting: [laptop])
        let sealed = try fixture.export(laptop, encryptTo: keyring.encryptionKeyText)
        var data = try Data(contentsOf: URL(fileURLWithPath: sealed.path))
        data[8] = 2
        let file = fixture.path("future.fbsealed")
        try data.write(to: file)
        let before = try tableContents(hq)
        do {
            _ = try HQImporter(database: hq, keyring: keyring).importFile(file)
            Issue.record("a version 2 envelope was accepted")
        } catch let error as SyncError {
            #expect(error == .badFile("future.fbsealed", .sealedVersion(found: 2, supported: 1)))
            #expect(error.message(in: .en).contains("version 2, this program reads 1"), "\(error.message(in: .en))")
        }
        #expect(try tableContents(hq) == before)
    }
}
