/// Named styles for what things *mean* on screen. Widgets and screens draw with roles, never with
/// literal colours, so the monochrome theme can carry the same distinctions with attributes alone.
public struct Theme: Sendable, Hashable {
    public var normal: Style
    /// Secondary text: hints, timestamps, disabled entries, empty-state text.
    public var muted: Style
    public var title: Style
    public var border: Style
    /// The border of the panel or dialog that has focus.
    public var focusedBorder: Style
    /// The selected row of the list or table that has focus.
    public var selected: Style
    /// The selected row of a list that does not have focus (still visible, less loud).
    public var selectedInactive: Style
    /// An input field without focus.
    public var field: Style
    /// The input field being edited.
    public var focusedField: Style
    public var placeholder: Style
    public var error: Style
    public var warning: Style
    public var success: Style
    public var statusBar: Style
    /// Key labels inside the status bar and help ("F1", "Enter").
    public var statusKey: Style
    public var dialog: Style
    public var notice: Style
    public var activeTab: Style
    public var inactiveTab: Style
    /// The filled part of progress bars and chart bars.
    public var bar: Style
    public var compliant: Style
    public var nonCompliant: Style
    public var notApplicable: Style
    public var riskLow: Style
    public var riskMedium: Style
    public var riskHigh: Style
    public var riskMajor: Style

    public init(normal: Style, muted: Style, title: Style, border: Style, focusedBorder: Style,
                selected: Style, selectedInactive: Style, field: Style, focusedField: Style,
                placeholder: Style, error: Style, warning: Style, success: Style, statusBar: Style,
                statusKey: Style, dialog: Style, notice: Style, activeTab: Style, inactiveTab: Style,
                bar: Style, compliant: Style, nonCompliant: Style, notApplicable: Style,
                riskLow: Style, riskMedium: Style, riskHigh: Style, riskMajor: Style) {
        self.normal = normal
        self.muted = muted
        self.title = title
        self.border = border
        self.focusedBorder = focusedBorder
        self.selected = selected
        self.selectedInactive = selectedInactive
        self.field = field
        self.focusedField = focusedField
        self.placeholder = placeholder
        self.error = error
        self.warning = warning
        self.success = success
        self.statusBar = statusBar
        self.statusKey = statusKey
        self.dialog = dialog
        self.notice = notice
        self.activeTab = activeTab
        self.inactiveTab = inactiveTab
        self.bar = bar
        self.compliant = compliant
        self.nonCompliant = nonCompliant
        self.notApplicable = notApplicable
        self.riskLow = riskLow
        self.riskMedium = riskMedium
        self.riskHigh = riskHigh
        self.riskMajor = riskMajor
    }

    /// Colours on the terminal's default background; only the 16 ANSI colours, so it looks the
    /// same on 16- and 256-colour terminals.
    public static let color = Theme(
        normal: .plain,
        muted: Style(foreground: .brightBlack),
        title: Style(foreground: .cyan).bold,
        border: Style(foreground: .brightBlack),
        focusedBorder: Style(foreground: .cyan),
        selected: Style(foreground: .black, background: .cyan),
        selectedInactive: Style(background: .brightBlack),
        field: Style(background: .brightBlack),
        focusedField: Style(foreground: .black, background: .white),
        placeholder: Style(foreground: .brightBlack).italic,
        error: Style(foreground: .brightRed).bold,
        warning: Style(foreground: .yellow),
        success: Style(foreground: .green),
        statusBar: Style(foreground: .black, background: .white),
        statusKey: Style(foreground: .blue, background: .white).bold,
        dialog: Style(foreground: .white, background: .blue),
        notice: Style(foreground: .black, background: .yellow),
        activeTab: Style(foreground: .black, background: .cyan).bold,
        inactiveTab: Style(foreground: .brightBlack),
        bar: Style(foreground: .cyan),
        compliant: Style(foreground: .green),
        nonCompliant: Style(foreground: .brightRed).bold,
        notApplicable: Style(foreground: .brightBlack),
        riskLow: Style(foreground: .green),
        riskMedium: Style(foreground: .yellow),
        riskHigh: Style(foreground: .brightRed),
        riskMajor: Style(foreground: .brightWhite, background: .red).bold)

    /// Attributes only (NO_COLOR, or a terminal without colours). Selection and focus are reverse
    /// video, errors and non-compliance bold + underline, so nothing depends on colour.
    public static let monochrome = Theme(
        normal: .plain,
        muted: Style().dim,
        title: Style().bold,
        border: .plain,
        focusedBorder: Style().bold,
        selected: Style().reverse,
        selectedInactive: Style().underline,
        field: Style().underline,
        focusedField: Style().reverse,
        placeholder: Style().dim,
        error: Style().bold.underline,
        warning: Style().bold,
        success: .plain,
        statusBar: Style().reverse,
        statusKey: Style().reverse.bold,
        dialog: .plain,
        notice: Style().reverse,
        activeTab: Style().reverse.bold,
        inactiveTab: .plain,
        bar: Style().reverse,
        compliant: .plain,
        nonCompliant: Style().bold.underline,
        notApplicable: Style().dim,
        riskLow: .plain,
        riskMedium: Style().underline,
        riskHigh: Style().bold,
        riskMajor: Style().bold.reverse)

    /// The theme to use: monochrome when `NO_COLOR` is set to anything non-empty (no-color.org)
    /// or the terminal reports fewer than 8 colours; the colour theme otherwise.
    public static func forTerminal(environment: [String: String], colorCount: Int) -> Theme {
        if let value = environment["NO_COLOR"], !value.isEmpty { return .monochrome }
        return colorCount >= 8 ? .color : .monochrome
    }
}
