import Crypto
import FieldbookCore
import Foundation

/// SHA-256 of a whole file (hex), read in 1 MiB pieces.
enum FileDigest {
    static func sha256(of url: URL) throws -> String {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        var hasher = SHA256()
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty { hasher.update(data: chunk) }
        return HexText.lowercase(hasher.finalize())
    }
}
