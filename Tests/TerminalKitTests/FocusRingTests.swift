import Testing
@testable import TerminalKit

@Suite struct FocusRingTests {
    enum Field: Hashable, Sendable { case name, date, notes }

    @Test func tabAndArrowsCycleThroughFields() {
        var ring = FocusRing<Field>([.name, .date, .notes])
        #expect(ring.focused == .name)
        do { let used = ring.handle(.tab); #expect(used) }
        #expect(ring.focused == .date)
        do { let used = ring.handle(.down); #expect(used) }
        #expect(ring.focused == .notes)
        do { let used = ring.handle(.tab); #expect(used) }
        #expect(ring.focused == .name)
        do { let used = ring.handle(.backTab); #expect(used) }
        #expect(ring.focused == .notes)
        do { let used = ring.handle(.up); #expect(used) }
        #expect(ring.focused == .date)
        do { let used = ring.handle(.character("x")); #expect(!used) }
    }

    @Test func aClickFocusesTheFieldUnderIt() {
        var ring = FocusRing<Field>([.name, .date, .notes])
        let rects: [Field: Rect] = [
            .name: Rect(x: 10, y: 1, width: 20, height: 1),
            .date: Rect(x: 10, y: 2, width: 12, height: 1),
            .notes: Rect(x: 10, y: 3, width: 40, height: 4),
        ]
        do { let used = ring.handle(.mouse(MouseEvent(.press(.left), at: Point(x: 30, y: 5))), fieldRects: rects); #expect(used) }
        #expect(ring.focused == .notes)
        do { let used = ring.handle(.mouse(MouseEvent(.press(.left), at: Point(x: 0, y: 0))), fieldRects: rects); #expect(!used) }
        do { let used = ring.handle(.mouse(MouseEvent(.wheelUp, at: Point(x: 12, y: 2))), fieldRects: rects); #expect(!used) }
        #expect(ring.focused == .notes)
    }

    @Test func hidingTheFocusedFieldMovesFocus() {
        var ring = FocusRing<Field>([.name, .date, .notes], focused: .date)
        ring.setOrder([.name, .date])
        #expect(ring.focused == .date)
        ring.setOrder([.name, .notes])
        #expect(ring.focused == .name)
    }
}
