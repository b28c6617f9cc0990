import Foundation

/// One row of a `FileChooser`'s directory listing.
public struct FileChooserEntry: Hashable, Sendable {
    public var name: String
    public var isDirectory: Bool
    /// Bytes (0 for a directory).
    public var size: Int64
    public var modified: Date?

    public init(name: String, isDirectory: Bool, size: Int64, modified: Date?) {
        self.name = name
        self.isDirectory = isDirectory
        self.size = size
        self.modified = modified
    }

    /// The visible entries of `directory` (names starting with "." left out unless `hidden`):
    /// directories first, then files, each by name; nil when it cannot be read.
    public static func list(_ directory: String, hidden: Bool = false) -> [FileChooserEntry]? {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return nil }
        var entries: [FileChooserEntry] = []
        for name in names where hidden || !name.hasPrefix(".") {
            let path = (directory as NSString).appendingPathComponent(name)
            // Follows symbolic links, as a file manager does: a link to a folder browses like one.
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
                  let resolved = try? FileManager.default.destinationOfSymbolicLinkOrSelf(path, attributes: attributes)
            else { continue }
            let type = resolved[.type] as? FileAttributeType
            guard type == .typeDirectory || type == .typeRegular else { continue }
            entries.append(FileChooserEntry(name: name, isDirectory: type == .typeDirectory,
                                            size: (resolved[.size] as? NSNumber)?.int64Value ?? 0,
                                            modified: resolved[.modificationDate] as? Date))
        }
        return entries.sorted { a, b in
            a.isDirectory != b.isDirectory ? a.isDirectory : a.name.lowercased() < b.name.lowercased()
        }
    }

    /// A size as a file manager shows it: "812 B", "12 KB", "3.4 MB", "1.2 GB" (decimal units).
    public static func describe(size: Int64) -> String {
        func tenths(_ unit: Int64) -> String {
            let t = (size * 10 + unit / 2) / unit
            return t >= 100 ? "\(t / 10)" : "\(t / 10).\(t % 10)"
        }
        switch size {
        case ..<1000: return "\(size) B"
        case ..<1_000_000: return tenths(1000) + " KB"
        case ..<1_000_000_000: return tenths(1_000_000) + " MB"
        default: return tenths(1_000_000_000) + " GB"
        }
    }
}

extension FileManager {
    /// The attributes of what a symbolic link points at (or of `path` itself when it is no link).
    fileprivate func destinationOfSymbolicLinkOrSelf(_ path: String, attributes: [FileAttributeKey: Any]) throws
    -> [FileAttributeKey: Any] {
        guard attributes[.type] as? FileAttributeType == .typeSymbolicLink else { return attributes }
        return try attributesOfItem(atPath: (path as NSString).resolvingSymlinksInPath)
    }
}
