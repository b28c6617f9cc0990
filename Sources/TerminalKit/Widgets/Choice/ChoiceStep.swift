extension Key {
    /// How a key moves a one-line choice (priority, language, a yes/no field) that cycles in place:
    /// ← back one, → or space forward one; nil for any other key. One rule for every such field,
    /// so they all answer the same keys.
    public var choiceStep: Int? {
        switch self {
        case .left: -1
        case .right, .character(" "): 1
        default: nil
        }
    }
}
