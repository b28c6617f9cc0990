import Foundation
import Testing
@testable import FieldbookCore
@testable import FieldbookBundle
@testable import FieldbookHQ
import SyncTestSupport

@Suite("Sealed bundles")
struct EncryptionTests {
    @Test("only the headquarters it was sealed to can open it")
    func onlyTheRightKey() throws {
        let fixture = try SyncFixture()
        defer { fixture.cleanUp() }
        let laptop = try fixture.laptop()
        try fixture.fieldDay(laptop, visits: 2)
        let (hq, keyring) = try fixture.headquarters(trusting: [laptop])
        let (otherHQ, otherKeyring) = try fixture.headquarters(trusting: [laptop])
        let result = try fixture.export(laptop, encryptTo: keyring.encryptionKeyText)
        #expect(result.encrypted && result.path.hasSuffix(".fbsealed"))
        let data = try Data(contentsOf: URL(fileURLWithPath: result.path))
        #expect(data.starts(with: SealedEnvelope.magic))
        #expect(data.range(of: Data("十堰样例企业".utf8)) == nil)
        #expect(data.range(of: Data("visits.jsonl".utf8)) == nil)
        let name = URL(fileURLWithPath: result.path).lastPathComponent

        let before = try tableContents(otherHQ)
        #expect(throws: SyncError.badFile(name, .sealedForAnotherKey(PublicKeyText.fingerprint(keyring.encryptionKeyText)))) {
            try HQImporter(database: otherHQ, keyring: otherKeyring).importData(data, file: name)
        }
        #expect(try tableContents(otherHQ) == before)
        #expect(throws: SyncError.badFile(name, .sealedButNoKey)) { try BundleReader.read(data, file: name, decryptWith: nil) }

        var tampered = data
        tampered[tampered.count - 10] ^= 0x01
        #expect(throws: SyncError.self) { try HQImporter(database: hq, keyring: keyring).importData(tampered, file: name) }
        #expect(throws: SyncError.self) {
            try HQImporter(database: hq, keyring: keyring).importData(data.prefix(data.count - 20), file: name)
        }
        #expect(try count(hq, "siteVisit") == 0)

        let report = try HQImporter(database: hq, keyring: keyring).importFile(URL(fileURLWithPath: result.path))
        #expect(report.counts["siteVisit"]?.inserted == 2)
    }

    @Test("a signing key is refused where an encryption key belongs")
    func wrongKindOfKey() throws {
        let fixture = try SyncFixture()
        defer { fixture.cleanUp() }
        let laptop = try fixture.laptop()
        try fixture.fieldDay(laptop, visits: 1)
        let signingKey = try DeviceKeyStore.key(for: laptop).publicKeyText
        #expect(throws: SyncError.invalidPublicKey(signingKey, expected: "X25519")) {
            try fixture.export(laptop, encryptTo: signingKey)
        }
        #expect(try fixture.export(laptop).sequence == 1)
    }
}
