import FieldbookCore

extension Chinese {
    public var language: Language { .zh }
    public var appName: String { "Fieldbook 劳动关系走访" }
    public var keyHelp: String { "帮助" }
    public var keyBack: String { "返回" }
    public var keyQuit: String { "退出" }
    public var keySwitchLanguage: String { "English" }
    public var keyRedraw: String { "重绘屏幕" }
    public var helpTitle: String { "快捷键帮助" }
    public var helpGlobalSection: String { "全局" }
    public var helpScreenSection: String { "本页" }
    public var errorTitle: String { "出错了" }
    public var confirmTitle: String { "请确认" }
    public var ok: String { "确定" }
    public var cancel: String { "取消" }
    public var yes: String { "是" }
    public var no: String { "否" }
    public var languageSwitched: String { "已切换为中文界面" }
    public var quitTitle: String { "退出 Fieldbook？" }
    public var quitMessage: String { "所有内容均已保存；尚未保存的输入作为草稿保留，下次打开时仍在原处。" }
    public var quitButton: String { "退出" }
    public var stayButton: String { "留下" }
    public func unexpectedError(_ reason: String) -> String { "发生意外错误：\(reason)。已保存的数据不受影响。" }
}
