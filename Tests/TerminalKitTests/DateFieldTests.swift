import Testing
@testable import TerminalKit

@Suite struct DateFieldTests {
    @Test func onlyRealCalendarDaysAreValid() {
        #expect(DateFieldState(text: "2024-02-29").day == DateFieldState.Day(year: 2024, month: 2, day: 29))
        #expect(DateFieldState(text: "2023-02-29").problem == .noSuchDay)
        #expect(DateFieldState(text: "1900-02-29").problem == .noSuchDay)
        #expect(DateFieldState(text: "2000-02-29").problem == nil)
        #expect(DateFieldState(text: "2024-04-31").problem == .noSuchDay)
        #expect(DateFieldState(text: "2024-13-01").problem == .noSuchDay)
        #expect(DateFieldState(text: "2024-00-10").problem == .noSuchDay)
        // One-digit months and days are what people type (2026-12-4).
        #expect(DateFieldState(text: "2024-1-1").problem == nil)
        #expect(DateFieldState(text: "2024-1-1").day?.iso == "2024-01-01")
        #expect(DateFieldState(text: "2024-1-").problem == .malformed)
        #expect(DateFieldState(text: "2024/01/01").problem == .malformed)
        #expect(DateFieldState(text: "").problem == nil)
        #expect(DateFieldState(text: "").day == nil)
        #expect(DateFieldState.Day(year: 2025, month: 3, day: 7).iso == "2025-03-07")
    }

    @Test func typingDigitsInsertsTheDashes() {
        var state = DateFieldState()
        for c in "20240315" { _ = state.handle(.character(c)) }
        #expect(state.text == "2024-03-15")
        do { let result = state.handle(.character("9")); #expect(result == .handled) }
        #expect(state.text == "2024-03-15")
        state.text = ""
        for c in "2024-x3-" { _ = state.handle(.character(c)) }
        #expect(state.text == "2024-3-")
        _ = state.handle(.paste(" 2025年1月 "))
        #expect(state.text == "2024-3-202")
        #expect(state.problem == .malformed)
    }

    @Test func errorsShowOnceTheDateIsFinishedOrLeft() {
        let messages: @Sendable (DateFieldState.Problem) -> String = { problem in
            switch problem {
            case .malformed: "请按 YYYY-MM-DD 填写"
            case .noSuchDay: "日期不存在"
            }
        }
        var state = DateFieldState(text: "2023-02")
        let focused = DateField(isFocused: true, messages: messages)
        #expect(focused.visibleError(state) == nil)
        #expect(DateField(messages: messages).visibleError(state) == "请按 YYYY-MM-DD 填写")
        state.text = "2023-02-29"
        #expect(focused.visibleError(state) == "日期不存在")
        var buffer = Buffer(width: 14, height: 2)
        focused.render(in: buffer.area, buffer: &buffer, state: &state)
        #expect(buffer.lines == ["2023-02-29", "日期不存在"])
        #expect(buffer.cursor == Point(x: 10, y: 0))
        var empty = DateFieldState()
        buffer = Buffer(width: 14, height: 2)
        focused.render(in: buffer.area, buffer: &buffer, state: &empty)
        #expect(buffer.lines == ["YYYY-MM-DD", ""])
    }
}
