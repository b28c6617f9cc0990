import Testing
@testable import fieldbook

/// The interface's command lines are read without argument-parser
/// (Sources/fieldbook/Startup/InterfaceArguments.swift); every line read that way must mean what
/// argument-parser makes of it, and every other line must be left to argument-parser.
@Suite("Opening the interface without argument-parser")
struct InterfaceArgumentsTests {
    static let read: [[String]] = [
        [], ["--demo"], ["--verbose"], ["--db", "x.sqlite"], ["--db=x.sqlite"], ["--db", "~/数据/检查.sqlite"],
        ["--db", "a b.sqlite", "--demo"], ["--verbose", "--demo", "--db", "a.sqlite"], ["--db=a=b.sqlite", "--verbose"],
        ["--demo", "--db=x.sqlite", "--verbose"], ["--db", "list"], ["--db", "help"],
    ]
    static let leftToArgumentParser: [[String]] = [
        ["--db"], ["--db="], ["--db", "-x"], ["--db", "--demo"], ["--demo", "--demo"], ["--db", "a", "--db", "b"],
        ["--db=a", "--db", "b"], ["-h"], ["--help"], ["--version"], ["list"], ["list", "enterprises"], ["--db", "x", "list"],
        ["help"], ["--"], ["--demo", "--"], ["-v"], ["--dem"], ["--DEMO"], ["x.sqlite"], ["--db", "x", "extra"],
        ["--verbose=true"], ["--demo=1"],
    ]

    @Test("Every line read here means what argument-parser reads; the others are left to it")
    func sameAsArgumentParser() throws {
        for line in Self.leftToArgumentParser {
            #expect(InterfaceArguments(line) == nil, "\(line)")
        }
        for line in Self.read {
            let quick = try #require(InterfaceArguments(line), "\(line)")
            let parsed = try Fieldbook.parseAsRoot(line)
            let root = try #require(parsed as? Fieldbook, "\(line) is \(type(of: parsed)) for argument-parser")
            #expect(InterfaceArguments(db: root.store.db, demo: root.demo, verbose: root.store.verbose) == quick, "\(line)")
            let built = quick.command
            #expect(built.store.db == root.store.db && built.demo == root.demo && built.store.verbose == root.store.verbose)
        }
        #expect(InterfaceArguments(["--db", "a b.sqlite", "--demo"]) == InterfaceArguments(db: "a b.sqlite", demo: true))
    }
}
