import FieldbookCore
import Foundation
import TerminalKit

/// Loading what headquarters hands out, from the interface: the enterprise registry (CSV), a
/// checklist template (JSON) or a signed reference pack (.zip). Choose the kind, then the file in
/// the file chooser (path field with Tab completion, browser with size and time); the load runs
/// in the background and the screen shows the command line's own summary — or its one-line
/// refusal (and the rows refused), with nothing loaded.
struct LoadDataScreen: Screen {
    enum Action: Hashable, Sendable { case choose }

    var list = ListState(selected: 0)
    var chooser: FileChooserState?
    /// Where the chooser opens next: the folder of the last file chosen (a USB stick's), else home.
    var chooserDirectory: String?
    var job: LoadJob?
    private var effects: [Effect] = []
    var loading: (kind: LoadKind, file: String)?
    var outcome: LoadOutcome?
    var failure: LoadFailure?
    var ticks = 0

    var route: Route { .loadData }
    var kind: LoadKind { LoadKind(rawValue: list.selected ?? 0) ?? .registry }
    var isRunning: Bool { job != nil }
    var isEditingText: Bool { chooser?.focus == .path }
    var tickInterval: Duration? { isRunning ? .milliseconds(50) : nil }

    func title(_ env: AppEnvironment) -> String { env.text.loadTitle }

    func keyMap(_ env: AppEnvironment) -> KeyMap<Action> {
        if chooser != nil { return KeyMap([]) }
        return KeyMap([KeyBinding(.choose, keys: [.enter], help: env.text.keyChooseFile, isEnabled: !isRunning)])
    }

    mutating func reload(env: AppEnvironment) throws {}

    mutating func handle(_ key: Key, area: Rect, env: inout AppEnvironment) -> ScreenOutcome {
        if isRunning { return key == .ctrl("q") ? .ignored : .handled }
        if var state = chooser {
            switch FileChooser(labels: env.chooserLabels(title: Self.chooserTitle(kind, env: env)),
                               timeZone: env.clock.timeZone, theme: env.theme)
                .handle(key, in: AttachFlow.inner(area), state: &state) {
            case .cancelled: chooser = nil
            case .confirmed(let paths):
                chooser = nil
                chooserDirectory = state.directory
                guard paths.count == 1, let path = paths.first else {
                    failure = LoadFailure(message: env.text.loadOneFile, details: [])
                    outcome = nil
                    return .handled
                }
                start(path, env: env)
            case .handled: chooser = state
            case .ignored:
                // F2, Ctrl-Q and the other keys that work everywhere.
                chooser = state
                return .ignored
            }
            return .handled
        }
        let layout = Layout(area: area, env: env)
        if keyMap(env).match(key) == .choose {
            openChooser(env: env)
            return .handled
        }
        switch makeList(env).handle(key, in: layout.list, state: &list) {
        case .activated:
            openChooser(env: env)
            return .handled
        case .ignored: return .ignored
        default: return .handled
        }
    }

    private mutating func openChooser(env: AppEnvironment) {
        // $HOME as the user's shell has it (NSHomeDirectory reads the password database instead).
        chooser = FileChooserState(directory: chooserDirectory ?? env.chooserStart
                                   ?? ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory())
    }

    private mutating func start(_ path: String, env: AppEnvironment) {
        outcome = nil
        failure = nil
        ticks = 0
        loading = (kind, (path as NSString).lastPathComponent)
        let job = LoadJob(kind: kind, path: path, database: env.db, language: env.language)
        self.job = job
        effects.append(job.effect)
    }

    mutating func takeEffects() -> [Effect] {
        defer { effects = [] }
        return effects
    }

    mutating func tick(env: AppEnvironment) {
        ticks += 1
        guard let result = job?.outcome else { return }
        job = nil
        switch result {
        case .success(let loaded): outcome = loaded
        case .failure(let error as LoadFailure): failure = error
        case .failure(let error as LoadReadError): failure = LoadFailure(message: env.text.loadCannotRead(error.path), details: [])
        case .failure(let error): failure = LoadFailure(message: env.message(for: error), details: [])
        }
    }

    static func chooserTitle(_ kind: LoadKind, env: AppEnvironment) -> String {
        switch kind {
        case .registry: env.text.loadChooseRegistry
        case .template: env.text.loadChooseTemplate
        case .pack: env.text.loadChoosePack
        }
    }

    static func kindTitle(_ kind: LoadKind, env: AppEnvironment) -> String {
        switch kind {
        case .registry: env.text.loadKindRegistry
        case .template: env.text.loadKindTemplate
        case .pack: env.text.loadKindPack
        }
    }

    static func kindDescription(_ kind: LoadKind, env: AppEnvironment) -> String {
        switch kind {
        case .registry: env.text.loadAboutRegistry
        case .template: env.text.loadAboutTemplate
        case .pack: env.text.loadAboutPack
        }
    }

    // MARK: - Layout and drawing

    struct Layout {
        let intro: Rect
        let list: Rect
        let about: Rect
        let outcome: Rect

        init(area: Rect, env: AppEnvironment) {
            let roomy = area.height >= 20
            let gap = roomy ? 1 : 0
            let box = area.inset(horizontal: 2, vertical: gap)
            let introRows = min(roomy ? 3 : 1, Paragraph(env.text.loadIntro).lineCount(width: max(1, box.width)))
            intro = Rect(x: box.x, y: box.y, width: box.width, height: introRows)
            list = Rect(x: box.x, y: intro.bottom + gap, width: box.width, height: LoadKind.allCases.count)
            about = Rect(x: box.x + 2, y: list.bottom, width: max(0, box.width - 2), height: 2)
            let y = about.bottom + gap
            outcome = Rect(x: box.x, y: y, width: box.width, height: max(0, box.bottom - y))
        }
    }

    func makeList(_ env: AppEnvironment) -> List {
        List(LoadKind.allCases.map { Self.kindTitle($0, env: env) }, isFocused: chooser == nil && !isRunning, theme: env.theme)
    }

    func render(into buffer: inout Buffer, area: Rect, env: AppEnvironment) {
        let text = env.text
        let theme = env.theme
        let layout = Layout(area: area, env: env)
        Paragraph(text.loadIntro, style: theme.normal).render(in: layout.intro, buffer: &buffer)
        makeList(env).render(in: layout.list, buffer: &buffer, state: list)
        Paragraph(Self.kindDescription(kind, env: env), style: theme.muted).render(in: layout.about, buffer: &buffer)
        renderOutcome(in: layout.outcome, env: env, into: &buffer)
        if let chooser {
            buffer.fill(area, style: theme.normal)
            Block(theme: theme, isFocused: true).render(in: area, buffer: &buffer)
            FileChooser(labels: env.chooserLabels(title: Self.chooserTitle(kind, env: env)), timeZone: env.clock.timeZone,
                        theme: theme).render(in: AttachFlow.inner(area), buffer: &buffer, state: chooser)
        }
    }

    private func renderOutcome(in rect: Rect, env: AppEnvironment, into buffer: inout Buffer) {
        guard rect.height > 0 else { return }
        let text = env.text
        let theme = env.theme
        if isRunning, let loading {
            ProgressBar(.indeterminate(tick: ticks), label: text.loadRunning(loading.file), theme: theme)
                .render(in: rect.row(0), buffer: &buffer)
        } else if let outcome {
            buffer.write(text.loadDone, at: rect.origin, style: theme.success.bold, clip: rect)
            Paragraph((outcome.lines + outcome.notes).joined(separator: "\n"), style: theme.normal)
                .render(in: rect.inset(by: Insets(top: 1)), buffer: &buffer)
        } else if let failure {
            buffer.write(text.loadRefused, at: rect.origin, style: theme.error.bold, clip: rect)
            Paragraph(([failure.message] + failure.details).joined(separator: "\n"), style: theme.error)
                .render(in: rect.inset(by: Insets(top: 1)), buffer: &buffer)
        }
    }
}
