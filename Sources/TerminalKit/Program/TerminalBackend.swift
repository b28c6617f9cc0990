/// A terminal the program loop can draw on and read keys from. `CursesTerminal` is the real one;
/// `TestBackend` is headless.
public protocol TerminalBackend: AnyObject {
    /// The current size in cells.
    var size: Size { get }
    /// How many colours the terminal shows (0 for none); pick a `Theme` with it.
    var colorCount: Int { get }
    /// Shows `buffer`. Backends remember what they presented last and redraw only
    /// `buffer.changes(from:)`; `fullRepaint` redraws everything. `cursor` is where to put the
    /// real cursor (nil hides it).
    func present(_ buffer: Buffer, cursor: Point?, fullRepaint: Bool) throws
    /// Waits for the next key for at most `timeout` (forever if nil); nil when the time ran out.
    func nextKey(timeout: Duration?) throws -> Key?
}
