import Foundation
import Testing
import TestSupport
@testable import FieldbookCore

/// README's search examples are what a newcomer types first: each must find something in the
/// demo database, as written.
@Suite("README search examples")
struct ReadmeSearchExamplesTests {
    /// The backticked examples of the README's "A day:" paragraph that are search queries
    /// ("such as `X`", "or `Y`" up to the arrow after the search).
    static func examples() throws -> [String] {
        let readme = try String(contentsOf: Repository.url("README.md"), encoding: .utf8)
        guard let start = readme.range(of: "A day: Dashboard → Enterprises (") else { return [] }
        let paragraph = readme[start.upperBound...].prefix { $0 != ")" }
        var found: [String] = []
        var rest = paragraph[...]
        while let open = rest.firstIndex(of: "`") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "`") else { break }
            found.append(String(after[..<close]))
            rest = after[after.index(after: close)...]
        }
        return found
    }

    @Test("every search example in README finds an enterprise of the demo")
    func examplesFindSomething() throws {
        let examples = try Self.examples()
        #expect(examples.count >= 6, "the README paragraph lost its examples: \(examples)")
        let db = try AppDatabase.inMemory()
        try db.fillDemo(language: .zh)
        for example in examples {
            let found = try db.searchEnterprises(example, limit: 5)
            #expect(!found.isEmpty, "README's `\(example)` finds nothing in the demo")
        }
        // The README's command-line example too.
        #expect(try !db.searchEnterprises("汽车", limit: 5).isEmpty)
    }
}
