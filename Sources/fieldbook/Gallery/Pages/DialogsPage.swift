import TerminalKit

/// A confirm dialog with a required reason, centred over the page, and the transient notices of
/// each kind stacked in the corner as the app shows them. Enter shows the message dialog instead.
struct DialogsPage: GalleryPage {
    let title = "对话框 Dialogs"
    private var showsMessage = false

    mutating func handle(_ key: Key) -> Bool {
        guard key == .enter else { return false }
        showsMessage.toggle()
        return true
    }

    func render(into buffer: inout Buffer, area: Rect, context: GalleryContext) {
        let theme = context.theme
        buffer.write("Enter: 切换对话框 switch dialog", at: area.origin, style: theme.muted, clip: area)
        var notices = Notices(limit: 4)
        notices.post("已保存 Saved", kind: .success, now: .zero)
        notices.post("状态已改为：已整改 Status changed", kind: .info, now: .zero)
        notices.post("派遣占比超过 10% Dispatch share above 10%", kind: .warning, now: .zero)
        notices.post("导出目录不存在 Export folder missing", kind: .error, now: .zero)
        NoticeView(theme: theme).render(in: area, buffer: &buffer, notices: notices)
        let dialog: Dialog
        if showsMessage {
            dialog = .message(title: "导出完成 Export written",
                              message: "已写入 3 次走访、5 条意见建议。\n3 visits and 5 recommendations written.",
                              ok: "确定 OK", theme: theme)
        } else {
            dialog = .confirm(title: "重新打开走访 Reopen the visit",
                              message: "原因将记入审计日志。The reason goes into the audit log.",
                              confirm: "重新打开 Reopen", cancel: "取消 Cancel",
                              input: DialogInput(placeholder: "原因 Reason", requiredMessage: "必须填写原因 A reason is required"),
                              theme: theme)
        }
        dialog.render(in: area, buffer: &buffer, state: DialogState(for: dialog, text: showsMessage ? "" : "企业补交了劳动合同"))
    }
}
