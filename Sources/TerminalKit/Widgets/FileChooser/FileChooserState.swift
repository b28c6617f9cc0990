import Foundation

/// What a key did in a `FileChooser`.
public enum FileChooserEvent: Hashable, Sendable {
    /// Not a key for the chooser.
    case ignored
    /// Used; the chooser stays open (redraw).
    case handled
    /// Enter on a file: these paths (the marked ones, or the one under the cursor / typed).
    case confirmed([String])
    /// Esc.
    case cancelled
}

/// The state of a `FileChooser`: the directory shown, its listing, the row under the cursor, the
/// marked files, the path field and which of the two has focus, and a one-line message.
///
/// Keys — in the path field: typing edits it, Tab completes it (to the longest common start of the
/// matching names; a unique directory opens), Enter opens a directory or confirms a file, ↓ goes to
/// the list. In the list: ↑↓ PgUp PgDn Home End move, Space marks or unmarks a file (several may be
/// marked, also across directories), Enter opens a directory or confirms, → opens a directory,
/// ← or Backspace goes up, Tab goes to the path field. Esc cancels anywhere.
public struct FileChooserState: Sendable {
    public enum Focus: Hashable, Sendable { case path, list }

    public private(set) var directory: String
    public private(set) var entries: [FileChooserEntry] = []
    public var list = ListState()
    public var field: TextFieldState
    public var focus: Focus = .list
    /// Full paths of the marked files, in the order marked.
    public private(set) var marked: [String] = []
    /// A message for the last row (an error or the matches of a completion), until the next key.
    public private(set) var message: String?
    /// Whether the last message is an error (drawn in the error style).
    public private(set) var messageIsError = false
    /// Whether a row for ".." leads the listing (not at "/").
    public var hasParentRow: Bool { directory != "/" }

    /// Opens at `directory` (made absolute, symbolic links and `..` resolved).
    public init(directory: String) {
        self.directory = Self.normalized(directory, relativeTo: FileManager.default.currentDirectoryPath)
        field = TextFieldState(text: Self.display(self.directory))
        _ = reload()
    }

    /// The rows as the list shows them: the parent row (nil) first when there is one.
    var rowCount: Int { entries.count + (hasParentRow ? 1 : 0) }

    /// The entry at list row `row` (nil: the parent row).
    func entry(atRow row: Int) -> FileChooserEntry? {
        let index = row - (hasParentRow ? 1 : 0)
        return entries.indices.contains(index) ? entries[index] : nil
    }

    public func path(of entry: FileChooserEntry) -> String { (directory as NSString).appendingPathComponent(entry.name) }

    public func isMarked(_ entry: FileChooserEntry) -> Bool { marked.contains(path(of: entry)) }

    // MARK: - Keys

    public mutating func handle(_ key: Key, labels: FileChooserLabels) -> FileChooserEvent {
        message = nil
        messageIsError = false
        if key == .escape { return .cancelled }
        switch focus {
        case .path: return handlePath(key, labels: labels)
        case .list: return handleList(key, labels: labels)
        }
    }

    private mutating func handlePath(_ key: Key, labels: FileChooserLabels) -> FileChooserEvent {
        switch key {
        case .tab:
            complete(labels: labels)
            return .handled
        case .down:
            focus = .list
            return .handled
        case .enter:
            let path = Self.normalized(Self.expandingTilde(field.text), relativeTo: directory)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                show(labels.notFound(field.text), error: true)
                return .handled
            }
            if isDirectory.boolValue {
                open(path, labels: labels)
                focus = .list
                return .handled
            }
            return .confirmed(marked.contains(path) ? marked : marked + [path])
        default:
            return field.handle(key) == .ignored ? .ignored : .handled
        }
    }

    private mutating func handleList(_ key: Key, labels: FileChooserLabels) -> FileChooserEvent {
        let selected = list.selected ?? 0
        switch key {
        case .tab, .backTab:
            focus = .path
            return .handled
        case .character(" "):
            guard let entry = entry(atRow: selected), !entry.isDirectory else { return .handled }
            let path = path(of: entry)
            if let at = marked.firstIndex(of: path) { marked.remove(at: at) } else { marked.append(path) }
            list.selected = min(selected + 1, max(rowCount - 1, 0))
            show(labels.chosen(marked.count), error: false)
            return .handled
        case .enter, .right:
            guard rowCount > 0 else { return .handled }
            guard let entry = entry(atRow: selected) else {
                goUp(labels: labels)
                return .handled
            }
            if entry.isDirectory {
                open(path(of: entry), labels: labels)
                return .handled
            }
            guard key == .enter else { return .handled }
            return .confirmed(marked.isEmpty ? [path(of: entry)] : marked)
        case .left, .backspace:
            goUp(labels: labels)
            return .handled
        case .up where selected == 0:
            focus = .path
            return .handled
        default:
            var rows = RowSelection(count: rowCount, selected: list.selected, offset: list.offset)
            let event = rows.handle(key, keyMap: .navigation, height: max(listHeight, 1), top: 0, columns: 0..<1)
            list.selected = rows.selected
            list.offset = rows.offset
            if case .ignored = event { return .ignored }
            return .handled
        }
    }

    /// The list's height at the last render (for PgUp/PgDn).
    var listHeight = 10

    // MARK: - Moving around

    private mutating func goUp(labels: FileChooserLabels) {
        guard hasParentRow else { return }
        let child = (directory as NSString).lastPathComponent
        open((directory as NSString).deletingLastPathComponent, labels: labels)
        if let index = entries.firstIndex(where: { $0.name == child }) { list.selected = index + (hasParentRow ? 1 : 0) }
    }

    /// Shows `path`; on failure stays where it was and says why.
    private mutating func open(_ path: String, labels: FileChooserLabels) {
        let previous = directory
        directory = Self.normalized(path, relativeTo: directory)
        if reload() {
            field.text = Self.display(directory)
            field.moveCursor(to: field.text.count)
        } else {
            show(labels.cannotRead(directory), error: true)
            directory = previous
            _ = reload()
        }
    }

    /// Reads the directory again (after a change on the disk); false when it cannot be read.
    @discardableResult
    public mutating func reload() -> Bool {
        guard let listed = FileChooserEntry.list(directory) else {
            entries = []
            list = ListState(selected: hasParentRow ? 0 : nil)
            return false
        }
        entries = listed
        list = ListState(selected: rowCount > 0 ? (hasParentRow && !entries.isEmpty ? 1 : 0) : nil)
        return true
    }

    /// Tab in the path field.
    private mutating func complete(labels: FileChooserLabels) {
        let typed = Self.expandingTilde(field.text)
        let absolute = typed.hasPrefix("/") ? typed : (directory as NSString).appendingPathComponent(typed)
        let parent: String, prefix: String
        if absolute.hasSuffix("/") {
            parent = absolute
            prefix = ""
        } else {
            parent = (absolute as NSString).deletingLastPathComponent
            prefix = (absolute as NSString).lastPathComponent
        }
        guard let candidates = FileChooserEntry.list(parent, hidden: prefix.hasPrefix("."))?
            .filter({ $0.name.hasPrefix(prefix) }) else {
            show(labels.cannotRead(parent), error: true)
            return
        }
        guard !candidates.isEmpty else {
            show(labels.noMatch, error: true)
            return
        }
        let base = Self.display(Self.normalized(parent, relativeTo: directory))
        let joined = base.hasSuffix("/") ? base : base + "/"
        if candidates.count == 1, let only = candidates.first {
            if only.isDirectory {
                open((parent as NSString).appendingPathComponent(only.name), labels: labels)
                field.text = joined + only.name + "/"
            } else {
                field.text = joined + only.name
                open(parent, labels: labels)
                field.text = joined + only.name
                if let index = entries.firstIndex(of: only) { list.selected = index + (hasParentRow ? 1 : 0) }
            }
        } else {
            var common = candidates[0].name
            for candidate in candidates.dropFirst() {
                while !candidate.name.hasPrefix(common) { common.removeLast() }
            }
            open(parent, labels: labels)
            field.text = joined + common
            if let index = entries.firstIndex(of: candidates[0]) { list.selected = index + (hasParentRow ? 1 : 0) }
            show(labels.matches(candidates.count), error: false)
        }
        field.moveCursor(to: field.text.count)
    }

    private mutating func show(_ text: String, error: Bool) {
        message = text
        messageIsError = error
    }

    // MARK: - Paths

    static func normalized(_ path: String, relativeTo base: String) -> String {
        let absolute = path.hasPrefix("/") ? path : (base as NSString).appendingPathComponent(path)
        let standard = (absolute as NSString).standardizingPath
        return standard.isEmpty ? "/" : standard
    }

    /// A directory as the path field shows it: ending in "/" so typing continues inside it.
    static func display(_ directory: String) -> String { directory == "/" ? "/" : directory + "/" }

    static func expandingTilde(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/") else { return path }
        let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
        return home + path.dropFirst()
    }
}
