import Foundation
import TestSupport

/// The repository's samples/ folder.
enum ImportSampleFiles {
    static let directory = Repository.url("samples")

    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: directory.appendingPathComponent(name))
    }
}
