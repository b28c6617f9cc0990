import Testing
@testable import TerminalKit

/// A program with a status line: Ctrl-S saves and says so for two seconds, Ctrl-E reports an
/// error for five; q quits.
struct SavingProgram: Program {
    var notices = Notices()

    mutating func update(_ event: Event, now: Duration) -> Command {
        notices.expire(now: now)
        switch event {
        case .key(.ctrl("s")): notices.post("已保存 Saved", kind: .success, now: now, lifetime: .seconds(2))
        case .key(.ctrl("e")): notices.post("导出失败：磁盘已满 disk full", kind: .error, now: now, lifetime: .seconds(5))
        case .key(.character("q")): return .quit
        default: break
        }
        return .none
    }

    func render(into buffer: inout Buffer) {
        buffer.write("检查表", at: .zero)
        let above = Rect(x: 0, y: 0, width: buffer.size.width, height: buffer.size.height - 1)
        NoticeView(theme: .monochrome).render(in: above, buffer: &buffer, notices: notices)
    }

    var deadline: Duration? { notices.deadline }
}

@Suite struct NoticeTests {
    @Test func noticesExpireOnTheInjectedClock() {
        var notices = Notices()
        notices.post("一", now: .seconds(0), lifetime: .seconds(3))
        notices.post("二", now: .seconds(1), lifetime: .seconds(3))
        #expect(notices.deadline == .seconds(3))
        do { let expired = notices.expire(now: .milliseconds(2999)); #expect(!expired) }
        do { let expired = notices.expire(now: .seconds(3)); #expect(expired) }
        #expect(notices.active.map(\.text) == ["二"])
        #expect(notices.deadline == .seconds(4))
        do { let expired = notices.expire(now: .seconds(10)); #expect(expired) }
        #expect(notices.deadline == nil && notices.isEmpty)
    }

    @Test func theOldestGoesWhenTooManyArePosted() {
        var notices = Notices(limit: 2)
        let first = notices.post("a", now: .zero)
        notices.post("b", now: .zero)
        notices.post("c", now: .zero)
        #expect(notices.active.map(\.text) == ["b", "c"])
        notices.dismiss(id: first)
        #expect(notices.active.count == 2)
        notices.dismissAll()
        #expect(notices.isEmpty)
    }

    @Test func noticesStackInTheCornerNewestLowest() {
        var pilot = Pilot(SavingProgram(), size: Size(width: 30, height: 7))
        pilot.press(.ctrl("s"), .ctrl("e"))
        #expect(pilot.lines == [
            "检查表",
            "",
            "",
            columns((17, "已保存 Saved")),
            columns((11, "导出失败：磁盘已满")),
            columns((11, "disk full")),
            "",
        ])
        #expect(pilot.buffer[10, 4].style == Theme.monochrome.error.reverse)
        #expect(pilot.buffer[16, 3].style == Theme.monochrome.notice)
        pilot.advance(by: .seconds(2))
        #expect(pilot.lines[3] == "")
        #expect(pilot.lines[4] == columns((11, "导出失败：磁盘已满")))
        pilot.advance(by: .seconds(3))
        #expect(pilot.lines == ["检查表", "", "", "", "", "", ""])
    }

    @Test func theLoopSleepsUntilTheNextExpiryWithoutPolling() throws {
        let clock = ManualClock()
        let backend = TestBackend(size: Size(width: 30, height: 5), keys: [.ctrl("s")], clock: clock)
        var runner = ProgramRunner(SavingProgram())
        #expect(throws: TestBackend.EndOfInput.self) { try runner.run(on: backend, clock: clock) }
        // First frame, the frame with the notice, the frame after it expired: one wake-up, no ticks between.
        #expect(backend.frames.count == 3)
        #expect(backend.frames[1].lines[3].contains("已保存"))
        #expect(!backend.frames[2].lines[3].contains("已保存"))
        #expect(clock.now() == .seconds(2))
    }

    @Test func longTextWrapsToThreeLinesAtMost() {
        var notices = Notices()
        notices.post("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十", now: .zero)
        var buffer = Buffer(width: 24, height: 5)
        NoticeView().render(in: buffer.area, buffer: &buffer, notices: notices)
        // At most 20 columns wide (two thirds of 24 is less than the 20-column minimum), one of padding each side.
        #expect(buffer.lines == ["", "", columns((5, "一二三四五六七八九")), columns((5, "十一二三四五六七八")), columns((5, "九十一二三四五六…"))])
    }
}
