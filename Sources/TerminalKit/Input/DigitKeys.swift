extension Key {
    /// This key as a whole-number field takes it: a typed character that is not an ASCII digit is
    /// refused (nil: the field swallows it and nothing changes), a paste keeps only its digits, and
    /// every other key passes unchanged. Used by every number field (visit figures, employees), so
    /// "abc五十" never reaches a field that a number is read from.
    public var keepingDigits: Key? {
        switch self {
        case .character(let c) where !(c.isASCII && c.isNumber): nil
        case .paste(let text): .paste(String(text.filter { $0.isASCII && $0.isNumber }))
        default: self
        }
    }
}
