import Foundation
import TestSupport
import Testing

/// The module map in docs/architecture.md is the rule; these tests hold every source file and
/// Package.swift to it, and check that the docs name files that exist.
@Suite("Module imports follow docs/architecture.md")
struct ImportRuleTests {
    static let root = Repository.root

    static func read(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    /// Every `import` of every Swift file under Sources/, by module (the folder under Sources/).
    static func sourceImports() throws -> [String: [ImportLine]] {
        let sources = root.appendingPathComponent("Sources")
        var imports: [String: [ImportLine]] = [:]
        for module in try FileManager.default.contentsOfDirectory(atPath: sources.path).sorted() {
            let folder = sources.appendingPathComponent(module)
            var lines: [ImportLine] = []
            for case let file as String in FileManager.default.enumerator(atPath: folder.path)!
                where file.hasSuffix(".swift") {
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                lines += ImportLine.scan(text, file: "Sources/\(module)/\(file)")
            }
            imports[module] = lines
        }
        return imports
    }

    @Test("Every module under Sources/ imports only what the module map allows, and Package.swift agrees")
    func importsFollowTheMap() throws {
        let map = ModuleMap(markdown: try Self.read("docs/architecture.md"))
        let imports = try Self.sourceImports()
        // The map covers exactly the source modules.
        #expect(Set(map.allowed.keys) == Set(imports.keys))
        let dependencies = PackageTargets.dependencies(try Self.read("Package.swift"))
        #expect(Set(imports.keys).isSubset(of: Set(dependencies.keys)))
        let problems = violations(map: map, imports: imports, dependencies: dependencies)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    @Test("Nothing below the interface imports TerminalKit; only CursesTerminal imports CNCursesW")
    func layering() throws {
        let imports = try Self.sourceImports()
        for module in ["FieldbookCore", "FieldbookBundle", "FieldbookHQ", "DisplayWidth"] {
            #expect(imports[module, default: []].allSatisfy { $0.module != "TerminalKit" }, "\(module)")
        }
        for (module, lines) in imports where module != "CursesTerminal" && module != "CNCursesW" {
            #expect(lines.allSatisfy { $0.module != "CNCursesW" }, "\(module)")
        }
    }

    @Test("The check catches a forbidden import and a forbidden Package.swift dependency")
    func theCheckCanFail() {
        let map = ModuleMap(markdown: """
            <!-- module-map: -->
            | module | responsibility | may import |
            |---|---|---|
            | `FieldbookHQ` | headquarters | `FieldbookCore`, `GRDB` |
            | `FieldbookCore` | the laptop | `GRDB` |

            after the table
            """)
        #expect(map.allowed == ["FieldbookHQ": ["FieldbookCore", "GRDB"], "FieldbookCore": ["GRDB"]])
        let source = """
            import Foundation
            @testable import FieldbookCore
            import struct TerminalKit.Buffer
            @_exported import GRDB
            """
        let imports = ["FieldbookHQ": ImportLine.scan(source, file: "x.swift")]
        #expect(imports["FieldbookHQ"]!.map(\.module) == ["Foundation", "FieldbookCore", "TerminalKit", "GRDB"])
        let manifest = """
            .target(name: "FieldbookHQ", dependencies: [
                // "Quoted" in a comment is no dependency.
                "FieldbookCore", "TerminalKit",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]),
            .target(name: "FieldbookCore"),
            """
        let dependencies = PackageTargets.dependencies(manifest)
        #expect(dependencies == ["FieldbookHQ": ["FieldbookCore", "TerminalKit", "GRDB"], "FieldbookCore": []])
        #expect(violations(map: map, imports: imports, dependencies: dependencies) == [
            "x.swift:3 imports TerminalKit: not allowed for FieldbookHQ",
            "Package.swift gives FieldbookHQ the dependency TerminalKit, which the module map does not allow",
        ])
    }

    @Test("Every Sources/ and Tests/ path the docs name exists, and every docs page names its sources")
    func docsNameRealFiles() throws {
        let docs = Self.root.appendingPathComponent("docs")
        var missing: [String] = []
        var pagesWithoutSources: [String] = []
        for page in try FileManager.default.contentsOfDirectory(atPath: docs.path).sorted() where page.hasSuffix(".md") {
            let text = try String(contentsOf: docs.appendingPathComponent(page), encoding: .utf8)
            let paths = Self.repositoryPaths(in: text)
            if !paths.contains(where: { $0.hasPrefix("Sources/") }) { pagesWithoutSources.append(page) }
            for path in paths where !Self.exists(path) { missing.append("docs/\(page): \(path)") }
        }
        #expect(missing.isEmpty, "\(missing.joined(separator: "\n"))")
        #expect(pagesWithoutSources.isEmpty, "pages naming no source file: \(pagesWithoutSources)")
    }

    /// `Sources/…` and `Tests/…` paths in text, up to the first character a path never has here.
    static func repositoryPaths(in text: String) -> [String] {
        var paths: [String] = []
        for prefix in ["Sources/", "Tests/"] {
            var rest = text[...]
            while let range = rest.range(of: prefix) {
                let before = range.lowerBound == rest.startIndex ? " " : rest[rest.index(before: range.lowerBound)]
                let tail = rest[range.lowerBound...]
                let end = tail.firstIndex { !($0.isLetter || $0.isNumber || "/_+.-{},*".contains($0)) } ?? tail.endIndex
                var path = String(tail[..<end])
                while let last = path.last, ".,".contains(last) { path.removeLast() }
                // Only paths that start a word (not ".../Sources/…" inside another path).
                if !(before.isLetter || before == "/") { paths.append(path) }
                rest = rest[range.upperBound...]
            }
        }
        return paths
    }

    /// Whether a docs path exists; `{A,B}` alternatives are each checked, a `*` pattern checks its folder.
    static func exists(_ path: String) -> Bool {
        if let open = path.firstIndex(of: "{"), let close = path[open...].firstIndex(of: "}") {
            let head = String(path[..<open]), tail = String(path[path.index(after: close)...])
            return path[path.index(after: open)..<close].split(separator: ",")
                .allSatisfy { exists(head + $0 + tail) }
        }
        if let star = path.firstIndex(of: "*") {
            // `Folder/TARGET-*` names a pattern: the folder must exist and hold something.
            let folder = String(path[..<star].prefix { _ in true }).split(separator: "/").dropLast().joined(separator: "/")
            let listed = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)) ?? []
            return !listed.isEmpty
        }
        return FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path)
    }
}
