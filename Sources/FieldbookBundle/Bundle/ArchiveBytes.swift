import Foundation

/// The bytes of a zip, read piece by piece: in memory (a benchmark's data), or a file read in
/// place, so that an import never holds a whole bundle (docs/bundle-format.md, "Safe extraction").
enum ArchiveBytes: Sendable {
    case memory(Data)
    /// A file; `owner`, when set, is the private temporary file it is (a decrypted sealed
    /// bundle), removed once nothing reads it any more.
    case file(URL, size: Int, owner: TemporaryFile?)

    static func file(_ url: URL, owner: TemporaryFile? = nil) throws -> ArchiveBytes {
        let size = try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int ?? 0
        return .file(url, size: size, owner: owner)
    }

    var count: Int {
        switch self {
        case let .memory(data): data.count
        case let .file(_, size, _): size
        }
    }

    /// A reader of pieces; for a file, one open descriptor until the reader goes.
    func reader() throws -> Reader { try Reader(self) }

    final class Reader {
        private let bytes: ArchiveBytes
        private let handle: FileHandle?

        init(_ bytes: ArchiveBytes) throws {
            self.bytes = bytes
            if case let .file(url, _, _) = bytes { handle = try FileHandle(forReadingFrom: url) } else { handle = nil }
        }

        deinit { try? handle?.close() }

        /// The bytes in `range` (fewer at the end of the file).
        func read(_ range: Range<Int>) throws -> Data {
            switch bytes {
            case let .memory(data):
                let clamped = range.clamped(to: 0..<data.count)
                return data.subdata(in: (data.startIndex + clamped.lowerBound)..<(data.startIndex + clamped.upperBound))
            case .file:
                guard let handle, !range.isEmpty else { return Data() }
                try handle.seek(toOffset: UInt64(range.lowerBound))
                return try handle.read(upToCount: range.count) ?? Data()
            }
        }
    }
}

/// A file in a private (0700) temporary directory, removed with its directory when the last
/// reference goes: a sealed bundle's decrypted zip, read during the merge.
final class TemporaryFile: Sendable {
    let url: URL
    private let directory: URL

    init(name: String) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("fieldbook-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: false,
                                                attributes: [.posixPermissions: 0o700])
        url = directory.appendingPathComponent(name)
        guard FileManager.default.createFile(atPath: url.path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
    }

    deinit { try? FileManager.default.removeItem(at: directory) }
}
