import TerminalKit

/// The status bar's hints: the screen's, then the global ones (F1, Esc, F2, Ctrl-Q). On a narrow
/// terminal the bar keeps as many as fit from the left, so the global ones fell off first and at
/// 60 columns most screens did not show the way back. Below the first screen "Esc 返回" now takes
/// the place of the last screen hints that fit instead (on the first screen Esc asks to quit,
/// so it is not promised there).
enum StatusHints {
    static func arranged(screen: [KeyHint], global: [KeyHint], back: KeyHint?, width: Int) -> [KeyHint] {
        let all = screen + global
        guard let back, let index = all.firstIndex(of: back) else { return all }
        let visible = StatusBar(context: "", hints: all).visibleHintCount(width: width)
        guard index >= visible else { return all }
        var others = all
        others.remove(at: index)
        // The rightmost place where it is shown, pushing out as few hints as it must.
        for place in stride(from: min(visible, others.count), through: 0, by: -1) {
            var candidate = others
            candidate.insert(back, at: place)
            if StatusBar(context: "", hints: candidate).visibleHintCount(width: width) > place { return candidate }
        }
        return all
    }
}
