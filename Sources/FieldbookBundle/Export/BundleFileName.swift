import FieldbookCore

/// `fieldbook-<date>-<device>-<sequence>.zip` (or `.fbsealed`): sortable, unique per device,
/// and free of characters any file system or mail client would mangle.
enum BundleFileName {
    static func make(date: LocalDate, deviceId: String, sequence: Int, sealed: Bool) -> String {
        let day = date.description.replacingOccurrences(of: "-", with: "")
        let device = String(deviceId.lowercased().prefix(8))
        let number = String(sequence)
        let padded = String(repeating: "0", count: max(0, 5 - number.count)) + number
        return "fieldbook-\(day)-\(device)-\(padded)" + (sealed ? ".fbsealed" : ".zip")
    }
}
