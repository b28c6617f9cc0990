import FieldbookCore
import Foundation
import TerminalKit

/// Attaching from the interface, drawn over the screen that opened it: the file chooser (path
/// field with Tab completion, a browser with name, size and time, several files marked with
/// Space), then a one-line caption, then `AttachmentStore.attach` — all the files or none, the
/// store's refusal shown as it is. Esc in either step closes it having stored nothing.
struct AttachFlow: Sendable {
    enum Event: Sendable, Equatable {
        /// Still open.
        case handled
        /// Closed without attaching.
        case cancelled
        /// Closed: attached (a notice) or refused (an error).
        case finished(ScreenOutcome)
    }

    let visitId: String
    let target: AttachmentTarget
    let title: String
    private(set) var chooser: FileChooserState
    private(set) var chosen: [String] = []
    private(set) var caption = TextFieldState(maxLength: TextLimits.limit(Attachment.databaseTableName, "caption"))

    init(visitId: String, target: AttachmentTarget, title: String, env: AppEnvironment) {
        self.visitId = visitId
        self.target = target
        self.title = title
        // $HOME as the user's shell has it (NSHomeDirectory reads the password database instead).
        chooser = FileChooserState(directory: env.chooserStart ?? ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory())
    }

    var isCaptioning: Bool { !chosen.isEmpty }

    /// The key handling every screen that opens a flow shares: an open flow takes every key and is
    /// dropped once it closes. nil when no flow is open (the screen handles the key itself);
    /// otherwise the flow's event, the outcome to return when it finished.
    static func route(_ flow: inout AttachFlow?, _ key: Key, area: Rect, env: AppEnvironment) -> Event? {
        guard var open = flow else { return nil }
        let event = open.handle(key, area: area, env: env)
        flow = event == .handled ? open : nil
        return event
    }

    mutating func handle(_ key: Key, area: Rect, env: AppEnvironment) -> Event {
        if isCaptioning {
            switch key {
            case .escape: return .cancelled
            case .enter: return .finished(attach(env: env))
            default:
                _ = caption.handle(key)
                return .handled
            }
        }
        let panel = Self.inner(area)
        switch FileChooser(labels: labels(env), timeZone: env.clock.timeZone, theme: env.theme)
            .handle(key, in: panel, state: &chooser) {
        case .cancelled: return .cancelled
        case .confirmed(let paths):
            chosen = paths
            return .handled
        case .handled, .ignored: return .handled
        }
    }

    private func attach(env: AppEnvironment) -> ScreenOutcome {
        do {
            let attached = try env.attachments.attach(visitId: visitId, files: chosen.map { URL(fileURLWithPath: $0) },
                                                      to: target, caption: caption.text)
            return .notice(env.text.attachedNotice(attached.count))
        } catch {
            return .error(env.message(for: error))
        }
    }

    func render(in area: Rect, buffer: inout Buffer, env: AppEnvironment) {
        let theme = env.theme
        buffer.fill(area, style: theme.normal)
        // The chooser draws the title on its first row; the caption step has it on the border.
        let block = Block(title: isCaptioning ? title : nil, theme: theme, isFocused: true)
        block.render(in: area, buffer: &buffer)
        let inner = Self.inner(area)
        guard isCaptioning else {
            FileChooser(labels: labels(env), timeZone: env.clock.timeZone, theme: theme)
                .render(in: inner, buffer: &buffer, state: chooser)
            return
        }
        var y = inner.y
        for line in WordWrap.lines(env.text.captionPrompt(chosen.count), width: inner.width) where y < inner.bottom - 2 {
            buffer.write(line, at: Point(x: inner.x, y: y), style: theme.title, clip: inner)
            y += 1
        }
        for path in chosen where y < inner.bottom - 3 {
            buffer.write("• " + (path as NSString).lastPathComponent, at: Point(x: inner.x, y: y), style: theme.muted, clip: inner)
            y += 1
        }
        var field = caption
        TextField(placeholder: env.text.captionPlaceholder, isFocused: true, theme: theme)
            .render(in: Rect(x: inner.x, y: min(y, inner.bottom - 2), width: inner.width, height: 1), buffer: &buffer, state: &field)
        buffer.write(env.text.captionHints, at: Point(x: inner.x, y: inner.bottom - 1), style: theme.muted, clip: inner)
    }

    /// Inside the panel's border.
    static func inner(_ area: Rect) -> Rect { area.inset(horizontal: 1, vertical: 1) }

    private func labels(_ env: AppEnvironment) -> FileChooserLabels { env.chooserLabels(title: title) }
}
