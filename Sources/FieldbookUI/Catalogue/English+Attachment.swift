extension English {
    public var attachmentsTitle: String { "Attachments" }
    public var keyAttach: String { "attach files" }
    public var keyAttachments: String { "attachments" }
    public var keyOpenAttachment: String { "open" }
    public var keyDetach: String { "detach" }
    public var chooserTitleVisit: String { "Attach to this visit" }
    public func chooserTitleItem(_ code: String) -> String { "Attach to item \(code)" }
    public func chooserTitleRecommendation(_ text: String) -> String { "Attach to recommendation: \(text)" }
    public var chooserPath: String { "Path" }
    public var chooserName: String { "Name" }
    public var chooserSize: String { "Size" }
    public var chooserModified: String { "Modified" }
    public var chooserFolder: String { "folder" }
    public var chooserParent: String { "up" }
    public var chooserHints: String { "Space choose · Enter confirm · Tab complete/switch · ← up · Esc cancel" }
    public var chooserEmpty: String { "(empty folder)" }
    public func chooserChosen(_ count: Int) -> String { "\(count) chosen" }
    public func chooserCannotRead(_ path: String) -> String { "cannot read \(path)" }
    public var chooserNoMatch: String { "nothing starts with that" }
    public func chooserMatches(_ count: Int) -> String { "\(count) matches" }
    public func chooserNotFound(_ path: String) -> String { "\(path) does not exist" }
    public func captionPrompt(_ count: Int) -> String { "A caption for these \(count) file(s) (optional):" }
    public var captionPlaceholder: String { "e.g. wage notice not posted" }
    public var captionHints: String { "Enter attach · Esc cancel" }
    public func attachedNotice(_ count: Int) -> String { "Attached \(count) file(s)" }
    public var attachmentsNone: String { "No attachments yet. Press a to attach photos or scans." }
    public var attachmentsOnVisit: String { "visit" }
    public func attachmentsOnItem(_ code: String) -> String { "item \(code)" }
    public var attachmentsOnRecommendation: String { "recommendation" }
    public func attachmentsDetached(_ reason: String) -> String { "detached: \(reason)" }
    public func attachmentsCount(_ count: Int) -> String { "\(count)" }
    public var attachmentsLabel: String { "Attachments" }
    public func openingNotice(_ name: String) -> String { "Opening \(name)" }
    public var noOpener: String { "No program to open files (xdg-open) on this computer; the file stays attached" }
    public var fileNotHere: String { "This attachment's file is not on this computer (removed after its export)" }
    public var detachTitle: String { "Detach" }
    public func detachMessage(_ name: String) -> String { "Detach \"\(name)\"? The record stays and goes to headquarters with the next export; say why." }
    public var detachButton: String { "Detach" }
    public var detachPlaceholder: String { "reason" }
    public var detachRequired: String { "Say why it is detached" }
    public var detachedNotice: String { "Attachment detached" }
    public var keyAttachProof: String { "proof" }
}
