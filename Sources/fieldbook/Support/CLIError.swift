import FieldbookCore

/// Problems the command line itself detects (paths, arguments, database state), each one line.
enum CLIError: UserFacingError {
    case notADirectory(String)
    case cannotCreateDirectory(String, reason: String)
    case noDatabase(String)
    case databaseExists(String)
    case cannotOpen(String, reason: String)
    /// Another Fieldbook interface has this database open (see `DatabaseLock`).
    case databaseInUse(String)
    /// SQLite waited its busy timeout for another process's write transaction to end.
    case databaseBusy
    case alreadyInitialized(path: String, inspector: String)
    case notInitialized(String)
    case unknownDistrict(String)
    case emptyInspectorName
    case cannotWrite(String, reason: String)
    case cannotRead(String, ReadFailure)

    enum ReadFailure {
        case missing, directory, permission

        var text: (zh: String, en: String) {
            switch self {
            case .missing: ("文件不存在", "no such file")
            case .directory: ("这是一个目录", "it is a directory")
            case .permission: ("没有读取权限", "permission denied")
            }
        }
    }
    /// The terminal cannot run the interface (no TERM, not a terminal, …), already bilingual.
    case terminal(english: String, chinese: String)
    case unexpected(String)

    func message(in language: Language) -> String {
        switch (self, language) {
        case let (.notADirectory(path), .zh): "\(path) 不是目录。请用 --db 指定另一个数据库位置。"
        case let (.notADirectory(path), .en): "\(path) is not a directory. Choose another database location with --db."
        case let (.cannotCreateDirectory(path, reason), .zh): "无法创建目录 \(path)：\(reason)。请检查权限或用 --db 指定位置。"
        case let (.cannotCreateDirectory(path, reason), .en): "Cannot create the directory \(path): \(reason). Check permissions or choose a location with --db."
        case let (.noDatabase(path), .zh): "\(path) 处没有数据库。请先运行 fieldbook init --inspector 姓名（或 fieldbook demo 创建演示库），或用 --db 指定已有的数据库。"
        case let (.noDatabase(path), .en): "There is no database at \(path). Run `fieldbook init --inspector NAME` (or `fieldbook demo`) first, or point --db at an existing one."
        case let (.databaseExists(path), .zh): "\(path) 已存在，未作改动。请删除它或用 --db 指定新文件。"
        case let (.databaseExists(path), .en): "\(path) already exists and was left unchanged. Delete it or choose a new file with --db."
        case let (.cannotOpen(path, reason), .zh): "无法打开数据库 \(path)：\(reason)。请确认它是 Fieldbook 数据库。"
        case let (.cannotOpen(path, reason), .en): "Cannot open the database \(path): \(reason). Check that it is a Fieldbook database."
        case let (.databaseInUse(path), .zh): "数据库 \(path) 已在另一个 Fieldbook 窗口中打开。请先在那里按 q 退出，再重试。"
        case let (.databaseInUse(path), .en): "The database \(path) is already open in another Fieldbook window. Quit that one (q) first, then try again."
        case (.databaseBusy, .zh): "数据库正被另一个程序写入，等待后仍未释放，未作改动。请等它完成后重试。"
        case (.databaseBusy, .en): "The database is being written by another program and stayed busy; nothing was changed. Try again when it has finished."
        case let (.alreadyInitialized(path, inspector), .zh): "\(path) 已为检查员“\(inspector)”初始化，未作改动。如需新建，请用 --db 指定新文件。"
        case let (.alreadyInitialized(path, inspector), .en): "\(path) is already set up for inspector \"\(inspector)\" and was left unchanged. Use --db with a new file to start another."
        case let (.notInitialized(path), .zh): "\(path) 还没有检查员。请先运行 fieldbook init --inspector 姓名。"
        case let (.notInitialized(path), .en): "\(path) has no inspector yet. Run `fieldbook init --inspector NAME` first."
        case let (.unknownDistrict(value), .zh): "“\(value)”不是十堰市的区县。可选：\(ShiyanDistricts.all.joined(separator: " "))。"
        case let (.unknownDistrict(value), .en): "\"\(value)\" is not a Shiyan district. Choose one of: \(ShiyanDistricts.all.joined(separator: " "))."
        case (.emptyInspectorName, .zh): "检查员姓名为空。请用 --inspector 姓名 指定。"
        case (.emptyInspectorName, .en): "The inspector name is empty. Give it with --inspector NAME."
        case let (.cannotWrite(path, reason), .zh): "无法写入 \(path)：\(reason)。请检查权限和磁盘空间。"
        case let (.cannotWrite(path, reason), .en): "Cannot write \(path): \(reason). Check permissions and free disk space."
        case let (.cannotRead(path, reason), .zh): "无法读取 \(path)：\(reason.text.zh)。请检查路径和权限。"
        case let (.cannotRead(path, reason), .en): "Cannot read \(path): \(reason.text.en). Check the path and its permissions."
        case let (.terminal(_, chinese), .zh): chinese
        case let (.terminal(english, _), .en): english
        case let (.unexpected(reason), .zh): "意外错误：\(reason)。数据库未改动；请报告此问题。"
        case let (.unexpected(reason), .en): "Unexpected error: \(reason). The database was not changed; please report this."
        }
    }
}
