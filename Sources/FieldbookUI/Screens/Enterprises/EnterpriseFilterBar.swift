import FieldbookCore
import TerminalKit

/// The list's filters and sort as a row of controls, each showing its key, its name and its
/// current value ("Alt-d 区县 全部"). A key or a click steps a control to its next value; the
/// chosen values make up core's `EnterpriseFilter` and `EnterpriseSort`.
struct EnterpriseFilterBar: Hashable, Sendable {
    enum Control: Int, CaseIterable, Hashable, Sendable {
        case district, rating, redList, openRecommendations, risk, sort

        /// Alt and a letter of the filter's English name. Not function keys: F4–F7 mean a visit's
        /// sections on every screen; not plain letters: they are typed into the search.
        var key: Key {
            switch self {
            case .district: .alt("d")
            case .rating: .alt("g")
            case .redList: .alt("l")
            case .openRecommendations: .alt("o")
            case .risk: .alt("k")
            case .sort: .alt("s")
            }
        }
    }

    /// The districts present in the registry (loaded by the screen). The district control's
    /// values are "any", these, then "out of town" (外地企业, wherever they work).
    var districts: [String] = []
    /// The chosen value of each control, as an index into its choices (0 = any / the first sort).
    var choice: [Control: Int] = [:]

    static let ratings: [IntegrityRating?] = [nil, .a, .b, .c, IntegrityRating.none]
    static let flags: [Bool?] = [nil, true, false]
    static let risks: [Set<RiskLevel>?] = [nil, [.major], [.high, .major], [.medium], [.low], [.notAssessed]]

    func count(_ control: Control) -> Int {
        switch control {
        case .district: districts.count + 2
        case .rating: Self.ratings.count
        case .redList, .openRecommendations: Self.flags.count
        case .risk: Self.risks.count
        case .sort: EnterpriseSort.allCases.count
        }
    }

    func index(_ control: Control) -> Int { min(choice[control] ?? 0, count(control) - 1) }

    mutating func step(_ control: Control, by delta: Int = 1) {
        let n = count(control)
        choice[control] = (index(control) + delta % n + n) % n
    }

    var isFiltered: Bool { Control.allCases.contains { $0 != .sort && index($0) != 0 } }

    mutating func clearFilters() {
        for control in Control.allCases where control != .sort { choice[control] = nil }
    }

    var filter: EnterpriseFilter {
        EnterpriseFilter(district: districts.indices.contains(index(.district) - 1) ? districts[index(.district) - 1] : nil,
                         outOfTown: isOutOfTownChoice ? true : nil,
                         rating: Self.ratings[index(.rating)], redList: Self.flags[index(.redList)],
                         hasOpenRecommendations: Self.flags[index(.openRecommendations)],
                         lastRiskLevels: Self.risks[index(.risk)])
    }

    var sort: EnterpriseSort { EnterpriseSort.allCases[index(.sort)] }

    /// The district control's last value: enterprises registered outside Shiyan.
    var isOutOfTownChoice: Bool { index(.district) == districts.count + 1 }

    func title(_ control: Control, _ text: any Catalogue) -> String {
        switch control {
        case .district: text.filterDistrict
        case .rating: text.filterRating
        case .redList: text.filterRedList
        case .openRecommendations: text.filterOpenRecommendations
        case .risk: text.filterRisk
        case .sort: text.filterSort
        }
    }

    /// The control's value as shown; while a search is active the order is "best match".
    func value(_ control: Control, env: AppEnvironment, searching: Bool) -> String {
        let text = env.text
        let i = index(control)
        if i == 0 && control != .sort { return text.filterAny }
        switch control {
        case .district: return isOutOfTownChoice ? text.filterOutOfTown : districts[i - 1]
        case .rating: return Self.ratings[i]!.label(in: env.language)
        case .redList, .openRecommendations: return Self.flags[i]! ? text.filterWith : text.filterWithout
        case .risk:
            let levels = Self.risks[i]!
            return levels.count > 1 ? text.filterHighOrMajor : levels.first!.label(in: env.language)
        case .sort: return searching ? text.sortBestMatch : sort.label(in: env.language)
        }
    }

    /// The controls flowed over as many rows of `area` as they need, for render and mouse hits.
    func layout(in area: Rect, env: AppEnvironment, searching: Bool) -> [(Control, Rect, String)] {
        var x = area.x
        var y = area.y
        var placed: [(Control, Rect, String)] = []
        for control in Control.allCases {
            let label = control.key.label + " " + title(control, env.text) + " " + value(control, env: env, searching: searching)
            let width = min(label.displayWidth, area.width)
            if x > area.x && x + width > area.right { x = area.x; y += 1 }
            placed.append((control, Rect(x: x, y: y, width: width, height: 1), label))
            x += width + 2
        }
        return placed
    }

    /// How many rows the bar takes in `width` columns.
    func rowCount(width: Int, env: AppEnvironment, searching: Bool) -> Int {
        let placed = layout(in: Rect(x: 0, y: 0, width: width, height: 1), env: env, searching: searching)
        return (placed.last?.1.y ?? 0) + 1
    }
}
