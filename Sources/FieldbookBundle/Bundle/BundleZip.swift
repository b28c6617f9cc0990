import CDeflate
import Foundation

/// Packs a bundle's entries into a zip: `manifest.json` first, then `manifest.sig`, then the
/// record files in manifest order — deflated already by `EntryFileWriter` while they were
/// written, so their bytes are copied, never compressed again — then the attachment files
/// stored as they are (photos and PDFs are compressed already; deflating them again costs time
/// and saves nothing). Every file is copied in 1 MiB pieces, never read whole.
package enum BundleZip {
    package static func write(to url: URL, manifest: Data, signature: Data, files: [EntryFileWriter.Deflated],
                              stored: [(path: String, url: URL)] = [], modified: Date) throws {
        var zip = try ZipWriter(url: url, modified: modified)
        try zip.add(BundleFile.manifest, data: manifest)
        try zip.add(BundleFile.signature, data: signature)
        for file in files {
            try zip.add(file.path, method: .deflated, crc32: file.crc32, size: file.size, compressedSize: file.compressedSize,
                        from: file.url)
        }
        for file in stored {
            let (crc, size) = try checksum(of: file.url)
            try zip.add(file.path, method: .stored, crc32: crc, size: size, compressedSize: size, from: file.url)
        }
        try zip.finish()
    }

    /// CRC-32 and size of a file, read in 1 MiB pieces.
    private static func checksum(of url: URL) throws -> (UInt32, Int64) {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        var crc: uLong = 0
        var size: Int64 = 0
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            crc = chunk.withUnsafeBytes { crc32(crc, $0.bindMemory(to: Bytef.self).baseAddress, uInt($0.count)) }
            size += Int64(chunk.count)
        }
        return (UInt32(crc), size)
    }
}
