import Testing
@testable import TerminalKit

/// A tiny program: typed characters appear on screen, Ctrl-S shows "已保存" for two seconds,
/// q quits.
struct NoteProgram: Program {
    var text = ""
    var noticeUntil: Duration?

    mutating func update(_ event: Event, now: Duration) -> Command {
        switch event {
        case .key(.character("q")): return .quit
        case .key(.character(let c)): text.append(c)
        case .key(.ctrl("s")): noticeUntil = now + .seconds(2)
        case .key(.ctrl("l")): return .repaint
        case .tick: if let until = noticeUntil, now >= until { noticeUntil = nil }
        default: break
        }
        return .none
    }

    func render(into buffer: inout Buffer) {
        buffer.write(text, at: .zero)
        buffer.cursor = Point(x: text.displayWidth, y: 0)
        if noticeUntil != nil { buffer.write("已保存", at: Point(x: 0, y: buffer.size.height - 1)) }
    }

    var deadline: Duration? { noticeUntil }
}

@Suite struct ProgramRunnerTests {
    @Test func theLoopRendersEachKeyAndStopsOnQuit() throws {
        let backend = TestBackend(size: Size(width: 10, height: 3), keys: [.character("中"), .character("a"), .character("q"), .character("b")])
        var runner = ProgramRunner(NoteProgram())
        try runner.run(on: backend, clock: ManualClock())
        #expect(runner.hasQuit)
        #expect(backend.frames.count == 3)
        #expect(backend.lastFrame?.lines == ["中a", "", ""])
        #expect(backend.cursor == Point(x: 3, y: 0))
        #expect(backend.pendingKeys == [.character("b")])
        #expect(backend.lastChanges == [ChangedSpan(row: 0, columns: 2..<3)])
    }

    @Test func timersFireWithoutKeys() throws {
        let clock = ManualClock()
        let backend = TestBackend(size: Size(width: 10, height: 3), keys: [.ctrl("s")], clock: clock)
        var runner = ProgramRunner(NoteProgram())
        #expect(throws: TestBackend.EndOfInput.self) { try runner.run(on: backend, clock: clock) }
        #expect(backend.frames.map { $0.lines[2] } == ["", "已保存", ""])
        #expect(clock.now() == .seconds(2))
    }

    @Test func repaintRedrawsEveryCell() throws {
        let backend = TestBackend(size: Size(width: 4, height: 2), keys: [.ctrl("l"), .character("q")])
        var runner = ProgramRunner(NoteProgram())
        try runner.run(on: backend, clock: ManualClock())
        #expect(backend.lastChanges.count == 2)
    }

    @Test func pilotDrivesAProgramStepByStep() {
        var pilot = Pilot(NoteProgram(), size: Size(width: 12, height: 3))
        pilot.type("检查ok")
        #expect(pilot.lines == ["检查ok", "", ""])
        #expect(pilot.cursor == Point(x: 6, y: 0))
        pilot.press(.ctrl("s"))
        pilot.advance(by: .seconds(1))
        #expect(pilot.lines[2] == "已保存")
        pilot.advance(by: .seconds(1))
        #expect(pilot.lines[2] == "")
        pilot.press(.character("q"))
        #expect(pilot.hasQuit)
    }

    @Test func belowTheMinimumSizeAMessageReplacesTheScreen() {
        var pilot = Pilot(NoteProgram(), size: Size(width: 30, height: 5), minimumSize: Size(width: 20, height: 4))
        pilot.type("abc")
        pilot.resize(to: Size(width: 16, height: 3))
        #expect(pilot.lines == ["Terminal too", "small: 16×3"].map { line in
            String(repeating: " ", count: (16 - line.displayWidth) / 2) + line
        } + [""])
        #expect(pilot.cursor == nil)
        pilot.resize(to: Size(width: 30, height: 5))
        #expect(pilot.lines[0] == "abc")
    }
}
