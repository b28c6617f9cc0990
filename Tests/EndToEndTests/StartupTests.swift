import Foundation
import Testing
import FieldbookCore
import FieldbookUI
import TerminalHarness

/// The first moments of the interface in a real terminal: keys typed while it starts are kept,
/// and the screens are laid out for the terminal's real size before any resize event.
@Suite
struct StartupTests {
    /// A laptop set up for 李娜 with the sample registry.
    static func preparedLaptop() throws -> Laptop {
        let laptop = try Laptop()
        #expect(try laptop.run(["init", "--inspector", "李娜", "--language", "zh"]).status == 0)
        #expect(try laptop.run(["import", "enterprises", Laptop.sample("enterprises.csv")]).status == 0)
        return laptop
    }

    /// Typed at once, before the program has drawn anything (or even opened its database): the
    /// terminal holds the keys, and curses must not flush them when it takes over.
    @Test func keysTypedWhileStartingAreDelivered() async throws {
        let laptop = try Self.preparedLaptop()
        let session = try laptop.openInterface(width: 100, height: 30)
        defer { session.kill() }
        try session.type("esyxt")
        try await session.waitFor("搜索 syxt")
        try await session.waitFor("十堰鑫泰汽车零部件有限公司")
        try await session.quit()
    }

    /// A tall terminal from the start: the enterprise list reads the rows for the real height, so
    /// the last of the 66 sample enterprises is on screen without a key or a resize.
    @Test func aTallTerminalIsFilledFromTheFirstFrame() async throws {
        let laptop = try Self.preparedLaptop()
        let last = try {
            let db = try laptop.database()
            defer { try? db.close() }
            return try #require(try db.enterprises(sort: .name, limit: 100).rows.last).name
        }()
        laptop.saveSession([.dashboard, .enterprises])
        let session = try laptop.openInterface(width: 120, height: 80)
        defer { session.kill() }
        try await session.waitFor(last)
        try await session.quit()
    }
}
