extension English {
    public var loadTitle: String { "Load data" }
    public var loadIntro: String { "Load what headquarters hands out, from a USB stick or a folder. Everything is checked first; on any error nothing changes." }
    public var loadKindRegistry: String { "Enterprise registry (CSV)" }
    public var loadKindTemplate: String { "Checklist template (JSON)" }
    public var loadKindPack: String { "Headquarters reference pack (.zip)" }
    public var loadAboutRegistry: String { "Adds or updates enterprises by credit code; UTF-8 or GB18030. One bad row and nothing is imported." }
    public var loadAboutTemplate: String { "A new checklist version for later visits; existing visits keep theirs." }
    public var loadAboutPack: String { "A pack signed by headquarters: registry, templates and trusted devices; visits are not touched." }
    public var loadChooseRegistry: String { "Choose the registry CSV file" }
    public var loadChooseTemplate: String { "Choose the checklist template (JSON)" }
    public var loadChoosePack: String { "Choose the reference pack (.zip)" }
    public func loadRunning(_ file: String) -> String { "Loading \(file)" }
    public var loadDone: String { "Loaded" }
    public var loadRefused: String { "Not loaded; nothing changed:" }
    public var loadOneFile: String { "Load one file at a time: choose only one." }
    public func loadCannotRead(_ path: String) -> String { "Cannot read \(path). Check the file and its permissions." }
    public var keyChooseFile: String { "choose file" }
    public var keyLoadData: String { "load data" }
    public func loadRowsRejected(file: String, rejected: Int, total: Int) -> String {
        "\(file): \(rejected) of \(total) rows have errors (listed below); nothing was imported. Fix them and load the file again."
    }
}
