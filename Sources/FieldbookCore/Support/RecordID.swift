import Foundation

/// Permanent record identifiers: a UUID in uppercase canonical text form.
public enum RecordID {
    public static func make() -> String { UUID().uuidString.uppercased() }

    /// The canonical form of `text` when it is a UUID, else nil.
    public static func canonical(_ text: String) -> String? {
        UUID(uuidString: text)?.uuidString.uppercased()
    }
}
