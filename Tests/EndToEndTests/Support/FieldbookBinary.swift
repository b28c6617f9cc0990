import Foundation
import TestSupport

/// The `fieldbook` executable built with these tests (the EndToEndTests target depends on it, so
/// `swift test` builds it first).
enum FieldbookBinary {
    /// Beside the test bundle in the build directory, whatever the configuration; else under the
    /// package's `.build/debug`.
    static let path: String = {
        var candidates: [String] = []
        if let runner = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            candidates.append(URL(fileURLWithPath: runner).deletingLastPathComponent().appendingPathComponent("fieldbook").path)
        }
        candidates.append(Repository.url(".build/debug/fieldbook").path)
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
            ?? "fieldbook executable not found (looked at \(candidates.joined(separator: ", "))); run `swift build` first"
    }()
}
