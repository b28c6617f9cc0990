import FieldbookCore

extension English {
    public var language: Language { .en }
    public var appName: String { "Fieldbook" }
    public var keyHelp: String { "help" }
    public var keyBack: String { "back" }
    public var keyQuit: String { "quit" }
    public var keySwitchLanguage: String { "中文" }
    public var keyRedraw: String { "redraw" }
    public var helpTitle: String { "Keys" }
    public var helpGlobalSection: String { "Everywhere" }
    public var helpScreenSection: String { "This screen" }
    public var errorTitle: String { "Error" }
    public var confirmTitle: String { "Please confirm" }
    public var ok: String { "OK" }
    public var cancel: String { "Cancel" }
    public var yes: String { "Yes" }
    public var no: String { "No" }
    public var languageSwitched: String { "Interface language: English" }
    public var quitTitle: String { "Quit Fieldbook?" }
    public var quitMessage: String { "Everything is saved; text typed but not yet saved is kept as a draft and is back in its field next time." }
    public var quitButton: String { "Quit" }
    public var stayButton: String { "Stay" }
    public func unexpectedError(_ reason: String) -> String { "Unexpected error: \(reason). Saved data is not affected." }
}
