/// A button of a `Dialog`. The role decides the keyboard defaults: focus starts on the `.default`
/// button, and a required text input is only enforced for buttons that are not `.cancel`.
public struct DialogButton: Hashable, Sendable {
    public enum Role: Hashable, Sendable { case normal, `default`, cancel }

    public var title: String
    public var role: Role

    public init(_ title: String, role: Role = .normal) {
        self.title = title
        self.role = role
    }

    /// "[ 确定 ]"
    var label: String { "[ " + title + " ]" }
}

/// An optional one-line text input in a dialog ("reason for reopening").
public struct DialogInput: Hashable, Sendable {
    public var placeholder: String
    /// When set, a non-cancel button does nothing while the input is blank, and this message
    /// (in the user's language) is shown under the input.
    public var requiredMessage: String?

    public init(placeholder: String = "", requiredMessage: String? = nil) {
        self.placeholder = placeholder
        self.requiredMessage = requiredMessage
    }
}
