/// A domain value with a label in both interface languages.
public protocol Labelled {
    var label: Bilingual { get }
}

extension Labelled {
    public func label(in language: Language) -> String { label.text(in: language) }
}
