import TerminalKit

extension ChecklistScreen {
    /// Where the checklist draws its parts, from the screen area: a summary line, the list, and
    /// the panel of the focused item — beside the list from 100 columns, below it on narrower
    /// terminals. Render and mouse hits share it.
    struct Layout {
        static let sidePanelFrom = 100

        let summary: Rect
        let list: Rect
        let panel: Rect

        init(area: Rect) {
            summary = area.row(0).inset(horizontal: 1, vertical: 0)
            let body = Rect(x: area.x, y: area.y + 1, width: area.width, height: max(0, area.height - 1))
            if area.width >= Self.sidePanelFrom {
                let parts = body.columns([.fill(3), .fill(2)])
                list = parts[0].inset(horizontal: 1, vertical: 0)
                panel = parts[1]
            } else {
                let panelHeight = min(max(8, body.height * 2 / 5), max(0, body.height - 4))
                let parts = body.rows([.fill(1), .fixed(panelHeight)])
                list = parts[0].inset(horizontal: 1, vertical: 0)
                panel = parts[1]
            }
        }
    }
}
