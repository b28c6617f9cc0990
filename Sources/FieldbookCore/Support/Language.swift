/// The two languages of the interface. Domain content (checklist items) carries both in its data;
/// UI strings live in one catalogue per language in FieldbookUI.
public enum Language: String, Sendable, Codable, CaseIterable {
    case zh
    case en

    /// The language a command-line user most likely reads, from the POSIX locale variables.
    public static func fromEnvironment(_ env: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = env[name], !value.isEmpty {
                return value.lowercased().hasPrefix("zh") ? .zh : .en
            }
        }
        return .en
    }
}

/// An error a user can cause or meet, with a one-line message in each language
/// (what happened, where, how to fix it).
public protocol UserFacingError: Error {
    func message(in language: Language) -> String
}
