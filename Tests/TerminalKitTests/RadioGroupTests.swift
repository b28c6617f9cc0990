import Testing
@testable import TerminalKit

@Suite struct RadioGroupTests {
    @Test func verticalGroupMovesWithUpAndDownAndLetsGoAtTheEnds() {
        let group = RadioGroup(["中文", "English", "双语 bilingual"])
        let area = Rect(x: 0, y: 0, width: 12, height: 3)
        var buffer = Buffer(width: 12, height: 3)
        group.render(in: area, buffer: &buffer, selected: 1)
        #expect(buffer.lines == ["( ) 中文", "(*) English", "( ) 双语 bi…"])
        var selected: Int? = 0
        do { let result = group.handle(.up, in: area, selected: &selected); #expect(result == .ignored) }
        do { let result = group.handle(.down, in: area, selected: &selected); #expect(result == .edited) }
        do { let result = group.handle(.down, in: area, selected: &selected); #expect(result == .edited) }
        do { let result = group.handle(.down, in: area, selected: &selected); #expect(result == .ignored) }
        #expect(selected == 2)
        do { let result = group.handle(.left, in: area, selected: &selected); #expect(result == .ignored) }
        do { let result = group.handle(.mouse(MouseEvent(.press(.left), at: Point(x: 9, y: 0))), in: area, selected: &selected); #expect(result == .edited) }
        #expect(selected == 0)
    }

    @Test func horizontalGroupAndHitTesting() {
        let group = RadioGroup(["中文", "English"], orientation: .horizontal, isFocused: true, theme: .monochrome)
        var buffer = Buffer(width: 24, height: 1)
        group.render(in: buffer.area, buffer: &buffer, selected: 0)
        #expect(buffer.lines == ["(*) 中文   ( ) English"])
        #expect(buffer[0, 0].style == Theme.monochrome.focusedField)
        #expect(buffer[11, 0].style == Theme.monochrome.normal)
        var narrow = Buffer(width: 15, height: 1)
        group.render(in: narrow.area, buffer: &narrow, selected: 0)
        #expect(narrow.lines == ["(*) 中文   ( )…"])
        var selected: Int?
        do { let result = group.handle(.mouse(MouseEvent(.press(.left), at: Point(x: 9, y: 0))), in: buffer.area, selected: &selected); #expect(result == .ignored) }
        do { let result = group.handle(.mouse(MouseEvent(.press(.left), at: Point(x: 12, y: 0))), in: buffer.area, selected: &selected); #expect(result == .edited) }
        #expect(selected == 1)
        do { let result = group.handle(.left, in: buffer.area, selected: &selected); #expect(result == .edited) }
        do { let result = group.handle(.down, in: buffer.area, selected: &selected); #expect(result == .ignored) }
        selected = nil
        do { let result = group.handle(.character(" "), in: buffer.area, selected: &selected); #expect(result == .edited) }
        #expect(selected == 0)
    }
}
