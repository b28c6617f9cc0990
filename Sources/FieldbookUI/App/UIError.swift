import FieldbookCore

/// Errors the interface itself raises.
enum UIError: UserFacingError {
    /// A route whose screen is not in this build.
    case notAvailable
    /// The record a screen was opened for no longer exists (deleted, or a stale saved session).
    case recordMissing

    func message(in language: Language) -> String {
        switch (self, language) {
        case (.notAvailable, .zh): "该功能尚未提供。"
        case (.notAvailable, .en): "This part of Fieldbook is not available yet."
        case (.recordMissing, .zh): "要打开的记录已不存在。"
        case (.recordMissing, .en): "The record you tried to open no longer exists."
        }
    }
}
