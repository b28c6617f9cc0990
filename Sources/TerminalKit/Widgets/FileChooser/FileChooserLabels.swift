import Foundation

/// Every word a `FileChooser` shows, supplied by the caller in the user's language (the toolkit
/// holds no interface text).
public struct FileChooserLabels: Sendable {
    public var title: String
    /// Before the path field ("路径" / "Path").
    public var path: String
    public var name: String
    public var size: String
    public var modified: String
    /// The size column of a directory ("文件夹" / "folder").
    public var folder: String
    /// The row that goes up one directory.
    public var parent: String
    /// The key hints on the last row.
    public var hints: String
    public var emptyDirectory: String
    /// "已选 3 个文件" / "3 files chosen".
    public var chosen: @Sendable (Int) -> String
    /// "无法读取 DIR" / "cannot read DIR".
    public var cannotRead: @Sendable (String) -> String
    /// "没有以此开头的文件" / "nothing starts with that".
    public var noMatch: String
    /// "N 个匹配" / "N matches" (Tab with several candidates).
    public var matches: @Sendable (Int) -> String
    /// "找不到 PATH" / "PATH does not exist".
    public var notFound: @Sendable (String) -> String

    public init(title: String, path: String, name: String, size: String, modified: String, folder: String,
                parent: String, hints: String, emptyDirectory: String, chosen: @escaping @Sendable (Int) -> String,
                cannotRead: @escaping @Sendable (String) -> String, noMatch: String,
                matches: @escaping @Sendable (Int) -> String, notFound: @escaping @Sendable (String) -> String) {
        self.title = title
        self.path = path
        self.name = name
        self.size = size
        self.modified = modified
        self.folder = folder
        self.parent = parent
        self.hints = hints
        self.emptyDirectory = emptyDirectory
        self.chosen = chosen
        self.cannotRead = cannotRead
        self.noMatch = noMatch
        self.matches = matches
        self.notFound = notFound
    }
}
