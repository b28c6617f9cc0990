import FieldbookCore
import Foundation
import TerminalKit

/// Opening an attachment from a screen: the file must be in the store and an opener must exist
/// (each said at once in a notice); then the opener runs as an `Effect`, never on the interface's
/// thread.
enum AttachmentOpening {
    static func open(_ attachment: Attachment, env: AppEnvironment, effects: inout [Effect]) -> ScreenOutcome {
        let file = env.attachments.fileURL(of: attachment).path
        guard FileManager.default.fileExists(atPath: file) else { return .notice(env.text.fileNotHere) }
        guard let opener = env.fileOpener.executable else { return .notice(env.text.noOpener) }
        effects.append(env.fileOpener.effect(opening: file, with: opener))
        return .notice(env.text.openingNotice(attachment.originalName))
    }
}
