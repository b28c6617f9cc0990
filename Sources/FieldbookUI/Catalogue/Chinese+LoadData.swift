extension Chinese {
    public var loadTitle: String { "载入资料" }
    public var loadIntro: String { "从 U 盘或文件夹载入总部下发的资料。载入前会完整检查，有错时什么都不改动。" }
    public var loadKindRegistry: String { "企业名录（CSV）" }
    public var loadKindTemplate: String { "检查清单模板（JSON）" }
    public var loadKindPack: String { "总部资料包（.zip）" }
    public var loadAboutRegistry: String { "按统一社会信用代码新增或更新企业；UTF-8 或 GB18030。有一行不合格就整个不导入。" }
    public var loadAboutTemplate: String { "新的清单版本，供以后的走访使用；已有走访不受影响。" }
    public var loadAboutPack: String { "总部签名的资料包：更新名录、检查清单和受信设备，不动走访记录。" }
    public var loadChooseRegistry: String { "选择企业名录 CSV 文件" }
    public var loadChooseTemplate: String { "选择检查清单模板 JSON 文件" }
    public var loadChoosePack: String { "选择总部资料包 .zip 文件" }
    public func loadRunning(_ file: String) -> String { "正在载入 \(file)" }
    public var loadDone: String { "载入完成" }
    public var loadRefused: String { "未载入，数据未改动：" }
    public var loadOneFile: String { "一次只能载入一个文件，请只选一个。" }
    public func loadCannotRead(_ path: String) -> String { "无法读取 \(path)，请检查文件和权限。" }
    public var keyChooseFile: String { "选择文件" }
    public var keyLoadData: String { "载入资料" }
    public func loadRowsRejected(file: String, rejected: Int, total: Int) -> String {
        "\(file)：\(total) 行中有 \(rejected) 行有错误（见下），未导入任何数据。请修正后重新载入。"
    }
}
