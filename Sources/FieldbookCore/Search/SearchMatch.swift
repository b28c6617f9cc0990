/// How a search result matched, best first; results are ranked by this, then by name order.
public enum SearchMatch: Int, Sendable, Comparable, CaseIterable {
    case exactName
    case namePrefix
    case creditCodePrefix
    case initialsPrefix
    case pinyinPrefix
    case nameSubstring
    case pinyinInside
    case address

    public static func < (lhs: SearchMatch, rhs: SearchMatch) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// One enterprise found by a search, and why.
public struct EnterpriseSearchResult: Sendable, Hashable {
    public var enterprise: Enterprise
    public var match: SearchMatch
}
