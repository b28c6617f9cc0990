/// The Load data screen: the registry, a checklist template, a reference pack.
public protocol LoadDataText {
    var loadTitle: String { get }
    var loadIntro: String { get }
    var loadKindRegistry: String { get }
    var loadKindTemplate: String { get }
    var loadKindPack: String { get }
    var loadAboutRegistry: String { get }
    var loadAboutTemplate: String { get }
    var loadAboutPack: String { get }
    var loadChooseRegistry: String { get }
    var loadChooseTemplate: String { get }
    var loadChoosePack: String { get }
    func loadRunning(_ file: String) -> String
    var loadDone: String { get }
    var loadRefused: String { get }
    var loadOneFile: String { get }
    func loadCannotRead(_ path: String) -> String
    var keyChooseFile: String { get }
    var keyLoadData: String { get }
    func loadRowsRejected(file: String, rejected: Int, total: Int) -> String
}
