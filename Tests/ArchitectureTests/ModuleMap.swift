import Foundation

/// The module map of docs/architecture.md, and the imports and Package.swift dependencies it is
/// checked against. Parsing is deliberately plain (lines and backticks): the table and
/// Package.swift are written by hand and kept readable.
struct ModuleMap: Equatable {
    /// Module → the modules it may import (ours and third parties'); system modules aside.
    var allowed: [String: Set<String>]

    /// Modules every target may import: the platform's own.
    static let system: Set<String> = ["Foundation", "FoundationEssentials", "Glibc", "Darwin", "Dispatch",
                                      "Synchronization", "Testing"]

    /// Reads the rows after the `module-map` marker: `| \`Name\` | responsibility | \`A\`, \`B\` |`.
    init(markdown: String) {
        var allowed: [String: Set<String>] = [:]
        var inTable = false
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.contains("module-map:") { inTable = true; continue }
            guard inTable else { continue }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if !trimmed.hasPrefix("|") {
                if !allowed.isEmpty { break } else { continue }
            }
            let cells = trimmed.split(separator: "|", omittingEmptySubsequences: false).map { String($0) }
            guard cells.count >= 4, let name = Self.codeSpans(cells[1]).first else { continue }
            allowed[name] = Set(Self.codeSpans(cells[cells.count - 2]))
        }
        self.allowed = allowed
    }

    init(allowed: [String: Set<String>]) { self.allowed = allowed }

    static func codeSpans(_ text: String) -> [String] {
        text.split(separator: "`", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset % 2 == 1 }.map { String($0.element) }
    }
}

/// One `import` in one source file.
struct ImportLine: Equatable, CustomStringConvertible {
    var file: String
    var line: Int
    var module: String
    var description: String { "\(file):\(line) imports \(module)" }

    /// The modules a Swift file imports (`import X`, `@testable import X`, `@_exported import X`,
    /// `import struct X.Y` …), one per line as the project writes them.
    static func scan(_ source: String, file: String) -> [ImportLine] {
        var found: [ImportLine] = []
        for (index, raw) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var words = raw.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            while let first = words.first, first.hasPrefix("@") { words.removeFirst() }
            guard words.first == "import", words.count >= 2 else { continue }
            let kinds: Set = ["struct", "class", "enum", "protocol", "func", "var", "let", "typealias"]
            let path = kinds.contains(words[1]) && words.count >= 3 ? words[2] : words[1]
            found.append(ImportLine(file: file, line: index + 1,
                                    module: String(path.split(separator: ".").first ?? Substring(path))))
        }
        return found
    }
}

/// Every target of Package.swift and the modules its `dependencies:` name (targets by string,
/// products by `.product(name:)`).
enum PackageTargets {
    static func dependencies(_ manifest: String) -> [String: Set<String>] {
        var result: [String: Set<String>] = [:]
        // Comments go first: they quote things ("database is locked") that are no dependency.
        let manifest = manifest.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.range(of: "//").map { line[..<$0.lowerBound] } ?? line
        }.joined(separator: "\n")
        // Each target declaration starts at `.target(`, `.executableTarget(`, `.testTarget(` …
        let starts = [".target(", ".executableTarget(", ".testTarget(", ".systemLibrary(", ".plugin("]
        var declarations: [Substring] = []
        var rest = manifest[...]
        while let next = starts.compactMap({ rest.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) {
            let after = rest[next.upperBound...]
            let end = starts.compactMap { after.range(of: $0)?.lowerBound }.min() ?? after.endIndex
            declarations.append(rest[next.lowerBound..<end])
            rest = after[end...]
        }
        for declaration in declarations {
            guard let name = quoted(after: "name:", in: declaration) else { continue }
            var deps: Set<String> = []
            if let open = declaration.range(of: "dependencies: [") {
                var depth = 1, index = open.upperBound
                while index < declaration.endIndex, depth > 0 {
                    if declaration[index] == "[" { depth += 1 }
                    if declaration[index] == "]" { depth -= 1 }
                    index = declaration.index(after: index)
                }
                let list = declaration[open.upperBound..<index]
                var products = list
                while let product = products.range(of: ".product(name:") {
                    if let productName = quoted(after: ".product(name:", in: products[product.lowerBound...]) {
                        deps.insert(productName)
                    }
                    products = products[product.upperBound...]
                }
                // Plain target names: the quoted strings not inside `.product(…)`.
                var plain = list
                while let product = plain.range(of: ".product(") {
                    let close = plain[product.upperBound...].firstIndex(of: ")") ?? plain.endIndex
                    plain = plain[..<product.lowerBound] + plain[close...]
                }
                deps.formUnion(strings(in: plain))
            }
            result[name] = deps
        }
        return result
    }

    private static func quoted(after marker: String, in text: Substring) -> String? {
        guard let range = text.range(of: marker) else { return nil }
        return strings(in: text[range.upperBound...]).first
    }

    private static func strings(in text: Substring) -> [String] {
        text.split(separator: "\"", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset % 2 == 1 }.map { String($0.element) }
    }
}

/// What the check finds wrong: imports the map does not allow, Package.swift dependencies it does
/// not allow, and modules missing from the map.
func violations(map: ModuleMap, imports: [String: [ImportLine]], dependencies: [String: Set<String>]) -> [String] {
    var problems: [String] = []
    for (module, lines) in imports.sorted(by: { $0.key < $1.key }) {
        guard let allowed = map.allowed[module] else {
            problems.append("\(module) is not in the module map of docs/architecture.md")
            continue
        }
        for line in lines where !ModuleMap.system.contains(line.module) && line.module != module
            && !allowed.contains(line.module) {
            problems.append("\(line): not allowed for \(module)")
        }
    }
    for (module, deps) in dependencies.sorted(by: { $0.key < $1.key }) {
        guard let allowed = map.allowed[module] else { continue }
        for dep in deps.sorted() where !allowed.contains(dep) {
            problems.append("Package.swift gives \(module) the dependency \(dep), which the module map does not allow")
        }
    }
    return problems
}
