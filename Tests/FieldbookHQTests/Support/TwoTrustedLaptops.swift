import Foundation
@testable import FieldbookCore
@testable import FieldbookBundle
@testable import FieldbookHQ
import SyncTestSupport
import FieldbookBench

/// Two laptops (李明 on "a", 王芳 on "b") trusted by one headquarters and sharing its registry
/// through a reference pack: the ground the provenance suites forge bundles on.
struct TwoTrustedLaptops {
    let fixture: SyncFixture
    let a: AppDatabase, b: AppDatabase
    let hq: HQDatabase
    let importer: HQImporter
    let registry: [Enterprise]

    init() throws {
        fixture = try SyncFixture()
        a = try fixture.laptop("a", inspector: "李明")
        b = try fixture.laptop("b", inspector: "王芳")
        let (hq, keyring) = try fixture.headquarters(trusting: [a, b])
        self.hq = hq
        registry = try SyncSampleData.addEnterprises(hq.store, count: 3)
        let pack = fixture.path("pack.zip")
        _ = try ReferencePackWriter(database: hq, keyring: keyring).write(to: pack)
        for laptop in [a, b] { _ = try ReferencePackReader.importPack(pack, into: laptop) }
        importer = HQImporter(database: hq, keyring: keyring)
    }
}
