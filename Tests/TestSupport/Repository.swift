import Foundation

/// The repository checkout the tests run from: samples, docs and schemas are read from it.
public enum Repository {
    /// The checkout's root (this file is Tests/TestSupport/Repository.swift).
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A path inside the checkout, e.g. `Repository.url("samples/enterprises.csv")`.
    public static func url(_ relativePath: String) -> URL { root.appendingPathComponent(relativePath) }
}
