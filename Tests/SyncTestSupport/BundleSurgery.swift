import Crypto
import Foundation
import ZIPFoundation
import FieldbookBundle
import FieldbookCore

/// Takes a real bundle apart and puts it back together altered, the way a damaged or forged file
/// would arrive: entries changed, added or duplicated, optionally with a manifest re-signed by
/// the device so that only the deeper check can catch the fault.
public struct BundleSurgery {
    public var entries: [(String, Data)]

    public init(_ data: Data) throws {
        let archive = try Archive(data: data, accessMode: .read)
        entries = try archive.map { entry in
            var content = Data()
            _ = try archive.extract(entry) { content.append($0) }
            return (entry.path, content)
        }
    }

    public subscript(name: String) -> Data? {
        get { entries.first { $0.0 == name }?.1 }
        set {
            if let index = entries.firstIndex(where: { $0.0 == name }) {
                if let newValue { entries[index].1 = newValue } else { entries.remove(at: index) }
            } else if let newValue {
                entries.append((name, newValue))
            }
        }
    }

    /// Rewrites the manifest's checksums and counts for the current entries and signs it with `key`.
    public mutating func resign(with key: DeviceKey, _ change: (inout BundleManifest) -> Void = { _ in }) throws {
        var manifest = try JSONDecoder().decode(BundleManifest.self, from: self[BundleFile.manifest]!)
        manifest.entries = entries.filter { $0.0 != BundleFile.manifest && $0.0 != BundleFile.signature }.map { name, data in
            BundleManifest.Entry(path: name, size: Int64(data.count),
                                 sha256: SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined())
        }
        for file in BundleFile.allCases {
            if let data = self[file.rawValue] {
                manifest.counts[file.stem] = data.split(separator: 0x0A).count
            }
        }
        change(&manifest)
        let manifestData = try BundleManifest.encoder().encode(manifest)
        self[BundleFile.manifest] = manifestData
        self[BundleFile.signature] = Data(try key.sign(manifestData).base64EncodedString().utf8)
    }

    public func zip() throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (name, data) in entries {
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) {
                position, size in data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data!
    }
}
