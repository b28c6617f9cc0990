/// What tmux knows about a pane's terminal modes and its process, read through format variables.
public struct PaneState: Sendable, Equatable {
    /// The pane's process has exited (the pane stays because the harness sets remain-on-exit).
    public var isDead: Bool
    /// Exit status of a dead pane's process, when it exited normally.
    public var exitStatus: Int32?
    /// Signal number that killed a dead pane's process, when a signal did.
    public var exitSignal: Int32?
    /// The program switched to the alternate screen and has not left it.
    public var alternateScreen: Bool
    /// The cursor is visible.
    public var cursorVisible: Bool
    /// Some mouse reporting mode is on.
    public var mouseReporting: Bool
    /// Application keypad mode is on.
    public var keypadMode: Bool
    /// Where the cursor is (column and row from 0).
    public var cursorX: Int
    public var cursorY: Int
    /// Width and height of the pane.
    public var width: Int
    public var height: Int

    /// Whether the exit status or signal of a dead pane is known yet (tmux marks a pane dead when
    /// its terminal closes, and learns how the process ended a moment later).
    public var hasExitReason: Bool { exitStatus != nil || exitSignal != nil }

    /// The tmux format that `parse` reads back, fields separated by "|" (some may be empty).
    static let format = [
        "#{pane_dead}", "#{pane_dead_status}", "#{pane_dead_signal}",
        "#{alternate_on}", "#{cursor_flag}", "#{mouse_any_flag}#{mouse_standard_flag}#{mouse_button_flag}#{mouse_sgr_flag}",
        "#{keypad_flag}", "#{pane_width}", "#{pane_height}", "#{cursor_x}", "#{cursor_y}",
    ].joined(separator: "|")

    static func parse(_ output: String) -> PaneState? {
        let fields = output.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        guard fields.count == 11 else { return nil }
        return PaneState(
            isDead: fields[0] == "1",
            exitStatus: Int32(fields[1]),
            exitSignal: Int32(fields[2]),
            alternateScreen: fields[3] == "1",
            cursorVisible: fields[4] == "1",
            mouseReporting: fields[5].contains("1"),
            keypadMode: fields[6] == "1",
            cursorX: Int(fields[9]) ?? 0,
            cursorY: Int(fields[10]) ?? 0,
            width: Int(fields[7]) ?? 0,
            height: Int(fields[8]) ?? 0
        )
    }
}
