import FieldbookCore
import TerminalKit

/// The inline enterprise picker of the visit form: the enterprise field searches the registry
/// as the inspector types (core's indexed search, a handful of rows per keystroke) and drops
/// down a short list to choose from.
struct EnterprisePicker: Hashable, Sendable {
    static let limit = VisitFormScreen.Layout.maxDropdownRows

    private(set) var results: [EnterpriseSearchResult] = []
    private(set) var selected = 0
    /// Open once the inspector has typed a query; closed when a result is chosen or the field left.
    private(set) var isOpen = false

    var selection: Enterprise? { results.indices.contains(selected) ? results[selected].enterprise : nil }

    mutating func search(_ query: String, db: AppDatabase) throws {
        let trimmed = query.trimmingCharacters(in: .whitespaces)
        isOpen = !trimmed.isEmpty
        results = isOpen ? try db.searchEnterprises(trimmed, limit: Self.limit) : []
        selected = 0
    }

    mutating func move(_ step: Int) {
        guard !results.isEmpty else { return }
        selected = (selected + step + results.count) % results.count
    }

    mutating func select(_ index: Int) {
        if results.indices.contains(index) { selected = index }
    }

    mutating func close() {
        isOpen = false
        results = []
        selected = 0
    }
}
