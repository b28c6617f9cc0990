import Testing
@testable import TerminalKit

@Suite struct BufferDiffTests {
    @Test func noPreviousFrameRedrawsEverything() {
        let buffer = Buffer(width: 4, height: 2)
        #expect(buffer.changes(from: nil) == [ChangedSpan(row: 0, columns: 0..<4), ChangedSpan(row: 1, columns: 0..<4)])
        #expect(buffer.changes(from: Buffer(width: 3, height: 2)).count == 2)
    }

    @Test func identicalFramesHaveNoChanges() {
        var a = Buffer(width: 20, height: 3)
        a.write("检查 check", at: Point(x: 2, y: 1))
        #expect(a.changes(from: a).isEmpty)
    }

    @Test func onlyChangedRunsAreReported() {
        var old = Buffer(width: 10, height: 2)
        old.write("abcdefghij", at: .zero)
        var new = old
        new.write("X", at: Point(x: 2, y: 0))
        new.write("YZ", at: Point(x: 6, y: 0))
        new.write("q", at: Point(x: 0, y: 1))
        #expect(new.changes(from: old) == [
            ChangedSpan(row: 0, columns: 2..<3), ChangedSpan(row: 0, columns: 6..<8),
            ChangedSpan(row: 1, columns: 0..<1),
        ])
    }

    @Test func aChangedContinuationRedrawsItsLeadingCell() {
        var old = Buffer(width: 6, height: 1)
        old.write("中文", at: .zero)
        var new = old
        new.setStyle(Style().bold, in: Rect(x: 1, y: 0, width: 1, height: 1))
        #expect(new.changes(from: old) == [ChangedSpan(row: 0, columns: 0..<2)])
        var wide = Buffer(width: 6, height: 1)
        wide.write("ab字", at: .zero)
        var replaced = wide
        replaced.write("中", at: Point(x: 1, y: 0))
        // b→中 and 字's first half changed; the span ends after 中's continuation.
        #expect(replaced.changes(from: wide) == [ChangedSpan(row: 0, columns: 1..<4)])
    }
}
