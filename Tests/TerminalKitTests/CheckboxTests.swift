import Testing
@testable import TerminalKit

@Suite struct CheckboxTests {
    @Test func drawsTheBoxAndCutsTheLabelByWidth() {
        let box = Checkbox("有书面劳动合同 written contract")
        for (width, expected) in [(40, "[x] 有书面劳动合同 written contract"), (11, "[x] 有书面…"), (10, "[x] 有书…")] {
            var buffer = Buffer(width: width, height: 1)
            box.render(in: buffer.area, buffer: &buffer, isChecked: true)
            #expect(buffer.lines == [expected], "width \(width)")
        }
        var buffer = Buffer(width: 12, height: 1)
        Checkbox("Overtime", isFocused: true, theme: .monochrome).render(in: buffer.area, buffer: &buffer, isChecked: false)
        #expect(buffer.lines == ["[ ] Overtime"])
        #expect(buffer[0, 0].style == Theme.monochrome.focusedField)
    }

    @Test func spaceAndClicksToggle() {
        let box = Checkbox("加班")
        let area = Rect(x: 4, y: 2, width: 10, height: 1)
        var checked = false
        do { let result = box.handle(.character(" "), in: area, isChecked: &checked); #expect(result == .edited) }
        #expect(checked)
        do { let result = box.handle(.mouse(MouseEvent(.press(.left), at: Point(x: 13, y: 2))), in: area, isChecked: &checked); #expect(result == .edited) }
        #expect(!checked)
        do { let result = box.handle(.mouse(MouseEvent(.press(.left), at: Point(x: 14, y: 2))), in: area, isChecked: &checked); #expect(result == .ignored) }
        do { let result = box.handle(.enter, in: area, isChecked: &checked); #expect(result == .ignored) }
        do { let result = box.handle(.character("x"), in: area, isChecked: &checked); #expect(result == .ignored) }
        #expect(!checked)
    }
}
