import Foundation
import Testing
@testable import FieldbookCore
@testable import FieldbookUI
import TerminalKit

/// Paging keeps the rows already read and reads only what the new screen needs
/// (`EnterprisesScreen.extendedWindow`): whatever the moves, the screen shows the list's rows
/// in order, never a row twice or out of place.
extension EnterprisesScreenTests {
    /// The list index (from 0) of the first row on screen, from the footer "第 a–b 家，共 N 家".
    func firstShown(_ pilot: Pilot<FieldbookApp>, total: Int) throws -> Int {
        let footer = try #require(pilot.lines.first { $0.contains("共 \(total) 家") })
        let first = footer.split(separator: "第")[1].split(separator: "–")[0].trimmingCharacters(in: .whitespaces)
        return try #require(Int(first)) - 1
    }

    @Test("Paging to the end and back, by pages and by lines, shows the list's rows in order at every step")
    func pagingKeepsTheRowsInOrder() throws {
        let db = try makeTestDatabase()
        try RegistryFixtures.addSyntheticEnterprises(db, count: 400)
        let all = try db.enterprises(sort: .name, offset: 0, limit: 1000).rows
        #expect(all.count == 400)
        var pilot = openList(db)
        let keys: [Key] = Array(repeating: .pageDown, count: 30) + [.up, .up, .up] + Array(repeating: .pageUp, count: 12)
            + Array(repeating: .down, count: 40) + Array(repeating: .pageDown, count: 5) + Array(repeating: .pageUp, count: 30)
        var seen = Set<Int>()
        for key in keys {
            pilot.press(key)
            let first = try firstShown(pilot, total: 400)
            seen.insert(first)
            let shown = tableRows(pilot, header: "企业名称")
            #expect(shown.count == min(Self.bodyRows, 400 - first))
            for (line, enterprise) in zip(shown, all[first...]) {
                #expect(line.hasPrefix(String(enterprise.name.prefix(8))), "after \(key) at row \(first + 1)")
            }
        }
        #expect(seen.contains(0) && seen.contains(400 - Self.bodyRows))
    }
}
