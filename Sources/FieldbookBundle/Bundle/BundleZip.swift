import Foundation
import ZIPFoundation

/// Packs a bundle's entries into a zip: `manifest.json` first, then `manifest.sig`, then the
/// record files (deflated) in manifest order, then the attachment files stored as they are
/// (photos and PDFs are compressed already; deflating them again costs time and saves nothing).
/// Every file entry is streamed from its file in ZIPFoundation's chunks, never read whole.
package enum BundleZip {
    package static func write(to url: URL, manifest: Data, signature: Data, files: [(path: String, url: URL)],
                              stored: [(path: String, url: URL)] = [], modified: Date) throws {
        let archive = try Archive(url: url, accessMode: .create)
        for (path, data) in [(BundleFile.manifest, manifest), (BundleFile.signature, signature)] {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: modified,
                                 permissions: 0o600, compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        for file in files {
            try archive.addEntry(with: file.path, fileURL: file.url, compressionMethod: .deflate)
        }
        for file in stored {
            try archive.addEntry(with: file.path, fileURL: file.url, compressionMethod: .none)
        }
    }
}
