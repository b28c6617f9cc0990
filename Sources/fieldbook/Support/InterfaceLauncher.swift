import FieldbookCore

/// Opens the terminal interface on a database. Until the interface exists it says so in one line
/// and points at the commands that show the same data.
enum InterfaceLauncher {
    static func open(databasePath path: String, context: inout CommandContext) throws {
        context.print(context.text(
            zh: "终端界面尚未完成。可先用 fieldbook list enterprises|visits|recommendations --db \(path) 查看数据。",
            en: "The terminal interface is not built yet; meanwhile `fieldbook list enterprises|visits|recommendations --db \(path)` shows the data."))
    }
}
