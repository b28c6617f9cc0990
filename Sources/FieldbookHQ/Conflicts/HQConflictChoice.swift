import FieldbookBundle
import FieldbookCore

/// Which version of a conflict `fieldbook hq resolve` keeps.
public enum HQConflictChoice: Sendable, Equatable {
    /// The version HQ holds (`--keep current`, or `mine`).
    case current
    /// The version the bundle brought (`--keep incoming`, or `theirs`).
    case incoming
    /// The version written by this device (an id or its first characters; `hq` for HQ's registry).
    case device(String)

    /// Parses what `--keep` takes.
    public init(_ text: String) {
        switch text.lowercased() {
        case "current", "mine": self = .current
        case "incoming", "theirs": self = .incoming
        default: self = .device(text)
        }
    }

    /// `current` or `incoming` for this conflict; nil when the named device wrote neither version.
    func side(in conflict: HQConflict) -> String? {
        switch self {
        case .current: return "current"
        case .incoming: return "incoming"
        case let .device(text):
            let prefix = text.lowercased()
            let current = conflict.currentDeviceId.lowercased().hasPrefix(prefix)
            let incoming = conflict.incomingDeviceId.lowercased().hasPrefix(prefix)
            guard current != incoming else { return nil }
            return current ? "current" : "incoming"
        }
    }
}
