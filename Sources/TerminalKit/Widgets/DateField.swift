/// A date input: a `TextField` showing "YYYY-MM-DD" as placeholder, with the validation message
/// under it. While the field is focused and the text is still being typed (shorter than ten
/// characters) no error is shown; a finished or abandoned wrong date is.
public struct DateField: Sendable {
    public var isFocused: Bool
    public var placeholder: String
    /// The message for each problem, in the user's language.
    public var messages: @Sendable (DateFieldState.Problem) -> String
    public var theme: Theme

    public init(isFocused: Bool = false, placeholder: String = "YYYY-MM-DD", theme: Theme = .color,
                messages: @escaping @Sendable (DateFieldState.Problem) -> String) {
        self.isFocused = isFocused
        self.placeholder = placeholder
        self.theme = theme
        self.messages = messages
    }

    /// The message shown for `state` now (nil when it is valid, empty, or still being typed).
    public func visibleError(_ state: DateFieldState) -> String? {
        guard let problem = state.problem else { return nil }
        if isFocused && state.text.count < 10 { return nil }
        return messages(problem)
    }

    public func render(in area: Rect, buffer: inout Buffer, state: inout DateFieldState) {
        TextField(placeholder: placeholder, isFocused: isFocused, error: visibleError(state), theme: theme)
            .render(in: area, buffer: &buffer, state: &state.field)
    }
}
